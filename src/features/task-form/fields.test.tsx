import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

describe('every field kind', () => {
  it('labels every control with its component title and prefills defaults', async () => {
    renderTaskForm(everyKindFlow);
    expect(screen.getByRole('textbox', { name: /Customer name/ })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Address' }).tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Phone')).toHaveAttribute('type', 'tel');
    expect(screen.getByLabelText('Website')).toHaveAttribute('type', 'url');
    expect(screen.getByLabelText('Parcels')).toHaveValue('2');
    expect(screen.getByLabelText('COD amount')).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Delivery date')).toHaveValue('2024-05-01');
    expect(screen.getByLabelText('Ready at')).toHaveAttribute('type', 'datetime-local');
    expect(screen.getByLabelText('Ready at')).toHaveValue('2024-05-01T08:30');
    expect(screen.getByLabelText('Opening time')).toHaveAttribute('type', 'time');
    expect(screen.getByRole('textbox', { name: 'Drop point' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Hub' })).toBeInTheDocument();
  });

  it('marks required fields for eyes and for assistive technology', () => {
    renderTaskForm(everyKindFlow);
    const name = screen.getByRole('textbox', { name: /Customer name/ });
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(screen.getByText('Customer name').closest('label')).toHaveTextContent('Customer name *');
    expect(screen.getByLabelText('Phone')).not.toHaveAttribute('aria-required');
    // min 1 makes the checkbox group required: said in its legend
    expect(screen.getByRole('group', { name: /Services/ })).toHaveAccessibleName(/^Services ?\(required\)$/);
  });

  it('gives a number with units a unit select labelled "<title> unit"', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    const unit = screen.getByRole('combobox', { name: 'Weight unit' });
    expect(unit).toHaveValue('KG');
    await user.selectOptions(unit, 'G');
    expect(unit).toHaveValue('G');
    expect(screen.queryByRole('combobox', { name: 'Parcels unit' })).not.toBeInTheDocument();
  });

  it('shows a single-choice select as a dropdown with an empty first choice', () => {
    renderTaskForm(everyKindFlow);
    const select = screen.getByRole('combobox', { name: 'Package' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Box', 'Envelope']);
  });

  it('shows a multi-select as checkboxes and stops at max', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    const group = screen.getByRole('group', { name: /Services/ });
    expect(within(group).getByText('Choose 1 to 2.')).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'Fragile' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Express' }));
    expect(within(group).getByRole('checkbox', { name: 'Insurance' })).toBeDisabled();
    await user.click(within(group).getByRole('checkbox', { name: 'Express' }));
    expect(within(group).getByRole('checkbox', { name: 'Insurance' })).toBeEnabled();
  });

  it('asks for the minimum number of choices when focus leaves the group', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    const group = screen.getByRole('group', { name: /Services/ });
    await user.click(within(group).getByRole('checkbox', { name: 'Fragile' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Fragile' }));
    await user.click(screen.getByLabelText('Phone'));
    expect(await within(group).findByText('The Services field is required.')).toBeInTheDocument();
  });

  it('shows a view literally, and a $id view with the other field live', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Ring the bell twice');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('readonly');
    await user.type(screen.getByRole('textbox', { name: /Customer name/ }), 'Jack');
    expect(screen.getByRole('textbox', { name: 'Name check' })).toHaveValue('Jack');
  });

  it('says that mobile components are filled in the app and unknown ones are not supported', () => {
    renderTaskForm(everyKindFlow);
    expect(screen.getByText('Proof photo').parentElement).toHaveTextContent(
      'Completed in the MileApp mobile app.',
    );
    expect(screen.getByText('Hologram').parentElement).toHaveTextContent('Not supported here (hologram).');
  });

  it('shows a format error on blur, tied to the field, and clears it once fixed', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    const phone = screen.getByLabelText('Phone');
    await user.type(phone, 'call me');
    await user.tab();
    const message = await screen.findByText(/Phone must be a phone number/);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(message.textContent ?? '');
    await user.clear(phone);
    await user.type(phone, '+62 812 3456 789');
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Phone must be a phone number/)).not.toBeInTheDocument();
  });

  it('checks URLs, numbers and coordinates with the flow rules', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    await user.type(screen.getByLabelText('Website'), 'example.com');
    await user.type(screen.getByLabelText('COD amount'), '12k');
    await user.type(screen.getByRole('textbox', { name: 'Drop point' }), 'here');
    await user.tab();
    expect(screen.getByText(/Website must be a web address/)).toBeInTheDocument();
    expect(screen.getByText(/COD amount must be an amount, written like 250\.000/)).toBeInTheDocument();
    expect(screen.getByText(/Drop point must be a latitude/)).toBeInTheDocument();
  });

  it('normalises pasted coordinates in the plain location input', () => {
    renderTaskForm(everyKindFlow);
    const spot = screen.getByRole('textbox', { name: 'Drop point' });
    fireEvent.change(spot, {
      target: { value: 'https://www.openstreetmap.org/?mlat=-6.2&mlon=106.8#map=15/-6.2/106.8' },
    });
    fireEvent.blur(spot);
    expect(spot).toHaveValue('-6.2,106.8');
  });
});

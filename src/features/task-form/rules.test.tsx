import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerCreate, renderTaskForm, rulesFlow, setupTaskFormTests } from './testing';

setupTaskFormTests();

const typeSelect = () => screen.getByRole('combobox', { name: 'Delivery type' });

describe('onSelect rules', () => {
  it('applies the default choice: show/fill targets hidden, hide targets visible', () => {
    renderTaskForm(rulesFlow);
    expect(typeSelect()).toHaveValue('Home');
    expect(screen.queryByLabelText('Office name')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Locker code/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Receiver name/)).toBeInTheDocument();
  });

  it('shows a `show` target read-only while its option is chosen', async () => {
    const user = userEvent.setup();
    renderTaskForm(rulesFlow);
    await user.selectOptions(typeSelect(), 'Office');
    expect(screen.getByLabelText('Office name')).toHaveAttribute('readonly');
    await user.selectOptions(typeSelect(), 'Home');
    expect(screen.queryByLabelText('Office name')).not.toBeInTheDocument();
  });

  it('keeps a read-only field in the keyboard order, readable, and closed to typing', async () => {
    const user = userEvent.setup();
    renderTaskForm(rulesFlow);
    await user.selectOptions(typeSelect(), 'Office');
    typeSelect().focus();
    await user.tab();
    const office = screen.getByRole('textbox', { name: 'Office name' });
    expect(office).toHaveFocus();
    expect(office).toHaveAttribute('readonly');
    expect(office).not.toBeDisabled();
    await user.keyboard('typed');
    expect(office).toHaveValue('');
  });

  it('opens a `fill` target for editing and hides a `hide` target', async () => {
    const user = userEvent.setup();
    renderTaskForm(rulesFlow);
    await user.selectOptions(typeSelect(), 'Locker');
    const locker = screen.getByLabelText(/Locker code/);
    expect(locker).not.toHaveAttribute('readonly');
    await user.type(locker, 'L-12');
    expect(screen.queryByLabelText(/Receiver name/)).not.toBeInTheDocument();
  });

  it('neither validates nor sends hidden fields, and keeps what was typed if shown again', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(rulesFlow);
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.type(screen.getByLabelText(/Receiver name/), 'Jill');
    await user.selectOptions(typeSelect(), 'Locker');
    await user.type(screen.getByLabelText(/Locker code/), 'L-12');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toMatchObject({ customer: 'Jack', deliveryType: 'Locker', lockerCode: 'L-12' });
    expect(bodies[0]).not.toHaveProperty('receiverName');
  });

  it('requires a field a rule hides only while it is shown', async () => {
    const user = userEvent.setup();
    answerCreate();
    renderTaskForm(rulesFlow);
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByText('The Receiver name field is required.')).toBeInTheDocument();
    await user.selectOptions(typeSelect(), 'Locker');
    expect(screen.queryByLabelText(/Receiver name/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByText('The Locker code field is required.')).toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerCreate, everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

/** The hub loaded and the flow's other required fields filled. */
async function ready(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
  await user.type(screen.getByLabelText(/Customer name/), 'Jack');
  await user.click(screen.getByRole('checkbox', { name: 'Fragile' }));
}

describe('numbers and money as people here write them', () => {
  it('stores 250.000 rupiah as 250000 and shows the amount back before sending', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(everyKindFlow);
    await ready(user);
    const cod = screen.getByLabelText('COD amount');
    await user.type(cod, 'Rp 250.000');
    expect(cod).toHaveAccessibleDescription('Read as Rp 250.000');
    await user.type(screen.getByLabelText('Weight'), '2,5');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies[0]).toMatchObject({ cod: 250000, weight: 2.5, weight_unit: 'KG' });
  });

  it('says how an ambiguous number was read, and sends that reading', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(everyKindFlow);
    await ready(user);
    const weight = screen.getByLabelText('Weight');
    await user.type(weight, '1.500');
    expect(weight).toHaveAccessibleDescription(
      'Read as 1500: a dot groups thousands. For 1,5, write it with a comma.',
    );
    await user.clear(weight);
    await user.type(weight, '1,500');
    expect(weight).toHaveAccessibleDescription(
      'Read as 1,5: a comma marks decimals. For 1500, write it without the comma.',
    );
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies[0]).toMatchObject({ weight: 1.5 });
  });

  it('refuses a negative amount and rupiah fractions at the field, sending nothing', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    renderTaskForm(everyKindFlow);
    await ready(user);
    const cod = screen.getByLabelText('COD amount');
    await user.type(cod, '-5000');
    await user.tab();
    expect(cod).toHaveAccessibleDescription(/COD amount cannot be negative\./);
    await user.clear(cod);
    await user.type(cod, '12.5');
    await user.tab();
    expect(cod).toHaveAccessibleDescription(/COD amount must be a whole amount: rupiah have no fractions\./);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(cod).toHaveFocus();
    expect(bodies).toEqual([]);
  });

  it('a draft keeps the amount as it reads: 250.000 comes back as 250.000, not 250', async () => {
    const user = userEvent.setup();
    const first = renderTaskForm(everyKindFlow);
    await ready(user);
    await user.type(screen.getByLabelText('COD amount'), '250.000');
    await user.type(screen.getByLabelText('Weight'), '2,5');
    first.unmount(); // the form flushes its draft as it goes
    renderTaskForm(everyKindFlow);
    expect(screen.getByLabelText('COD amount')).toHaveValue('250.000');
    expect(screen.getByLabelText('COD amount')).toHaveAccessibleDescription('Read as Rp 250.000');
    expect(screen.getByLabelText('Weight')).toHaveValue('2,5');
  });
});

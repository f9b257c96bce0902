import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rememberHub } from './meta/last-hub';
import { answerCreate, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const hub = () => screen.getByRole('combobox', { name: 'Hub' });
const assignee = () => screen.getByRole('combobox', { name: 'Assignee' });
const chosen = () => screen.queryByRole('list', { name: 'Chosen assignees' });

async function ready() {
  await waitFor(() => expect(assignee()).toBeEnabled());
}

describe('hub and assignees', () => {
  it('lists the hubs and preselects the first, or the one used last', async () => {
    rememberHub('hub-bdg');
    renderTaskForm();
    await waitFor(() => expect(hub()).toHaveValue('hub-bdg'));
    expect(
      within(hub())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Jakarta', 'Bandung']);
  });

  it("offers the hub's active users, searched by name or email", async () => {
    const user = userEvent.setup();
    renderTaskForm();
    await ready();
    await user.click(assignee());
    const list = screen.getByRole('listbox', { name: 'Assignee' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ayu Lestariayu@demo.test', 'Budi Santosobudi@demo.test']);
    await user.type(assignee(), 'budi@');
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    await user.clear(assignee());
    await user.type(assignee(), 'lestari');
    expect(within(list).getByRole('option')).toHaveTextContent('Ayu Lestari');
  });

  it('picks several people with the keyboard and removes one with its button', async () => {
    const user = userEvent.setup();
    renderTaskForm();
    await ready();
    await user.click(assignee());
    await user.keyboard('{Enter}{ArrowDown}{Enter}');
    expect(
      within(chosen()!)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Ayu Lestari ayu@demo.test', 'Budi Santoso budi@demo.test']);
    expect(screen.getByRole('option', { name: /Budi/ })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'Remove Ayu Lestari' }));
    expect(within(chosen()!).getAllByRole('listitem')).toHaveLength(1);
  });

  it('drops assignees who are not in a newly chosen hub, and says so', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await ready();
    await user.click(assignee());
    await user.click(screen.getByRole('option', { name: /Ayu/ }));
    await user.click(screen.getByRole('option', { name: /Budi/ }));
    await user.selectOptions(hub(), 'Bandung');
    expect(
      await screen.findByText('Removed from the assignees because they are not in Bandung: Budi Santoso.'),
    ).toHaveAttribute('role', 'status');
    expect(within(chosen()!).getAllByRole('listitem')).toHaveLength(1);
    expect(chosen()).toHaveTextContent('Ayu Lestari');

    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toMatchObject({ hubId: 'hub-bdg', assignee: ['ayu@demo.test'] });
  });

  it('sends no assignee key when nobody is chosen', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await ready();
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).not.toHaveProperty('assignee');
    expect(bodies[0]).toHaveProperty('hubId', 'hub-jkt');
  });
});

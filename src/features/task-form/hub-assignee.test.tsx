import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, server } from '../../api/testing/msw';
import { rememberHub } from './meta/last-hub';
import { answerCreate, renderTaskForm, setupTaskFormTests, users } from './testing';

setupTaskFormTests();

const hub = () => screen.getByRole('combobox', { name: 'Hub' });
const assignee = () => screen.getByRole('combobox', { name: 'Assignee' });
const chosen = () => screen.queryByRole('list', { name: 'Chosen assignees' });

/** A hub chosen and its people loaded. */
async function ready() {
  await waitFor(() => expect(hub()).not.toHaveValue(''));
  await waitFor(() => expect(assignee()).not.toHaveAttribute('aria-busy'));
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

describe('while a hub’s people load (keyboard)', () => {
  /** GET /users of `slowHub` answered only when `release` is called. */
  function holdUsers(slowHub: string) {
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    server.use(
      http.get(api('/users'), async ({ request }) => {
        const hubId = new URL(request.url).searchParams.get('hubId') ?? '';
        if (hubId === slowHub) await held;
        return HttpResponse.json({ status: true, data: users.filter((u) => u.hubId.includes(hubId)) });
      }),
    );
    return () => release();
  }

  it('the box stays in the tab order, and Enter on a name picks it once the list arrives', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await ready();
    const release = holdUsers('hub-bdg');
    await user.selectOptions(hub(), 'hub-bdg');
    await user.tab(); // from the hub to the assignee, as a keyboard user goes
    expect(assignee()).toHaveFocus();
    expect(assignee()).toHaveAttribute('aria-busy', 'true');
    await user.keyboard('Citra{Enter}');
    expect(assignee()).toHaveValue('Citra');
    release();
    await waitFor(() => expect(chosen()).toHaveTextContent('Citra Dewi'));
    expect(assignee()).toHaveValue('');
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies[0]).toMatchObject({ hubId: 'hub-bdg', assignee: ['citra@demo.test'] });
  });

  it('a name typed and left unchosen is kept and refused at the field, never dropped', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    renderTaskForm();
    await ready();
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.type(assignee(), 'Budi');
    await user.tab();
    expect(assignee()).toHaveValue('Budi');
    expect(assignee()).toHaveAccessibleDescription(
      /“Budi” is typed but not chosen: pick a name from the list, or clear the search\./,
    );
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(assignee()).toHaveFocus();
    expect(bodies).toEqual([]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen()).toHaveTextContent('Budi Santoso');
    expect(assignee()).not.toHaveAttribute('aria-invalid');
  });
});

describe('while the hubs load', () => {
  it('Create says it waits for the hubs and sends nothing; no stale error once the hub is chosen', async () => {
    const user = userEvent.setup();
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    server.use(
      http.get(api('/hubs'), async () => {
        await held;
        return HttpResponse.json({ status: true, data: [{ _id: 'hub-bdg', name: 'Bandung' }] });
      }),
    );
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    const create = screen.getByRole('button', { name: 'Create task' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(
      'Waiting for the list of hubs before the task can be created…',
    );
    await user.click(create);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.queryByText(/The Hub field is required/)).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(hub()).toHaveValue('hub-bdg'));
    expect(hub()).not.toHaveAttribute('aria-invalid');
    expect(create).not.toHaveAttribute('aria-disabled');
    await user.click(create);
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies).toHaveLength(1);
  });

  it('a hub error shown before the list came is checked again when a hub is chosen for the person', async () => {
    const user = userEvent.setup();
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    server.use(
      http.get(api('/hubs'), async () => {
        await held;
        return HttpResponse.json({ status: true, data: [{ _id: 'hub-bdg', name: 'Bandung' }] });
      }),
    );
    renderTaskForm();
    hub().focus();
    await user.tab(); // touched while empty: "required" is shown
    await waitFor(() => expect(hub()).toHaveAccessibleDescription('The Hub field is required.'));
    release();
    await waitFor(() => expect(hub()).toHaveValue('hub-bdg'));
    await waitFor(() => expect(hub()).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByText('The Hub field is required.')).not.toBeInTheDocument();
  });
});

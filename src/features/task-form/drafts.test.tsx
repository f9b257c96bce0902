import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { draftKey } from './drafts/draft-storage';
import { answerCreate, renderTaskForm, setupTaskFormTests, visitFlow } from './testing';

setupTaskFormTests();

const stored = () => localStorage.getItem(draftKey(visitFlow));
const name = () => screen.getByLabelText(/Customer name/);

async function typeAndWaitForSave(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
  await user.type(name(), 'Jack');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Weight unit' }), 'G');
  await waitFor(() => expect(stored()).not.toBeNull(), { timeout: 2000 });
  expect(screen.getByText(/^Draft saved at/)).toBeInTheDocument();
}

/** A draft saved in one visit, the form opened again (restored), and "Discard draft" pressed. */
async function reopenAndDiscard() {
  const user = userEvent.setup();
  const first = renderTaskForm();
  await typeAndWaitForSave(user);
  first.unmount();
  renderTaskForm();
  await user.click(screen.getByRole('button', { name: 'Discard draft' }));
  return user;
}

describe('drafts', () => {
  it('does not make a draft of an untouched form', async () => {
    renderTaskForm();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await new Promise((r) => setTimeout(r, 800));
    expect(stored()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();
  });

  it('saves after a pause and comes back after a reload', async () => {
    const user = userEvent.setup();
    const first = renderTaskForm();
    await typeAndWaitForSave(user);
    first.unmount();

    renderTaskForm();
    expect(name()).toHaveValue('Jack');
    expect(screen.getByRole('combobox', { name: 'Weight unit' })).toHaveValue('G');
    expect(screen.getByText(/^Draft restored \(saved at/)).toBeInTheDocument();
  });

  it('saves what was typed when the form goes away before the pause ends', async () => {
    const user = userEvent.setup();
    const first = renderTaskForm();
    await user.type(name(), 'Ji');
    first.unmount();
    expect(JSON.parse(stored() ?? '{}')).toMatchObject({ values: { field1: 'Ji' } });
  });

  it('discards the draft: storage cleared, form back to the defaults', async () => {
    await reopenAndDiscard();
    expect(stored()).toBeNull();
    expect(name()).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Weight unit' })).toHaveValue('KG');
    expect(screen.queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();
  });

  it('keeps every field working after a discard: typing is saved and its error shows', async () => {
    const user = await reopenAndDiscard();
    // required: emptied and left, the field says so (it is registered again with its rules)
    await user.click(name());
    await user.tab();
    await waitFor(() => expect(name()).toHaveAccessibleDescription(/Customer name/));
    await user.type(name(), 'Jill');
    await waitFor(() => expect(JSON.parse(stored() ?? '{}')).toMatchObject({ values: { field1: 'Jill' } }), {
      timeout: 2000,
    });
    expect(name()).not.toHaveAccessibleDescription(/Customer name/);
  });

  it('clears the draft once the task is created', async () => {
    const user = userEvent.setup();
    answerCreate();
    const view = renderTaskForm();
    await typeAndWaitForSave(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(view.onCreated).toHaveBeenCalled());
    view.unmount();
    expect(stored()).toBeNull();
  });

  it('lets values handed in (Duplicate) win over an old draft', async () => {
    const user = userEvent.setup();
    const first = renderTaskForm();
    await typeAndWaitForSave(user);
    first.unmount();

    renderTaskForm(undefined, { initialValues: { field1: 'Copy of Jill', hubId: 'hub-bdg' } });
    expect(name()).toHaveValue('Copy of Jill');
    expect(screen.queryByText(/^Draft restored/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-bdg'));
  });

  it("keeps each organisation's flow of the same name to its own draft", async () => {
    const user = userEvent.setup();
    const ours = { ...visitFlow, _id: 'flow-of-org-a' };
    const theirs = { ...visitFlow, _id: 'flow-of-org-b' };
    const a = renderTaskForm(ours);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await user.type(name(), 'Org A');
    await waitFor(() => expect(localStorage.getItem(draftKey(ours))).not.toBeNull(), { timeout: 2000 });
    a.unmount();

    // Another organisation's "Visit" on the same device: an empty form, and A's draft left alone.
    const b = renderTaskForm(theirs);
    expect(name()).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();
    await user.type(name(), 'Org B');
    await waitFor(() => expect(localStorage.getItem(draftKey(theirs))).not.toBeNull(), { timeout: 2000 });
    b.unmount();

    renderTaskForm(ours);
    expect(name()).toHaveValue('Org A');
  });

  it('reads a draft kept under the flow name alone (before flow ids), and moves it', async () => {
    const user = userEvent.setup();
    const flow = { ...visitFlow, _id: 'flow-1' };
    renderTaskForm(visitFlow);
    await typeAndWaitForSave(user); // stored under the name alone: this flow has no id
    cleanup();
    renderTaskForm(flow);
    expect(name()).toHaveValue('Jack');
    await user.type(name(), 'y');
    await waitFor(() => expect(localStorage.getItem(draftKey(flow))).toContain('Jacky'), { timeout: 2000 });
    expect(stored()).toBeNull();
  });
});

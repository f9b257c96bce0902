// Exactly once from the form: one Idempotency-Key per task, kept across retries and reloads, renewed once
// the server has given its final word; and a task the API cannot take now handed to the outbox.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, server } from '../../api/testing/msw';
import { draftKey } from './drafts/draft-storage';
import type { QueuedTask } from '../../api/queued-task';
import { renderTaskForm, setupTaskFormTests, visitFlow } from './testing';

setupTaskFormTests();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Seen {
  key: string | null;
  body: Record<string, unknown>;
}

/** POST /task answered by `answers` in turn (the last one repeats); records key and body of each request. */
function answerInTurn(...answers: (() => Response)[]): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.post(api('/task'), async ({ request }) => {
      seen.push({
        key: request.headers.get('idempotency-key'),
        body: (await request.json()) as Record<string, unknown>,
      });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
      return answer();
    }),
  );
  return seen;
}

const created = () =>
  HttpResponse.json({ status: true, task: { _id: 'task-1', flow: 'Visit' } }, { status: 201 });
const down = () => HttpResponse.error();
const bad503 = () => HttpResponse.json({ status: false, message: 'Unavailable' }, { status: 503 });
const invalid = () =>
  HttpResponse.json(
    { status: false, message: 'Invalid', errors: { field2: ['The Address field is required.'] } },
    { status: 400 },
  );

async function fillVisit(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
  await user.type(screen.getByLabelText(/Customer name/), 'Jack Ward');
}

const create = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Create task' }));

describe('idempotency key', () => {
  it('retries a lost answer and a 503 under the same key, and creates once', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(down, bad503, created);
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await create(user);
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(seen).toHaveLength(3);
    expect(seen[0]!.key).toMatch(UUID);
    expect(new Set(seen.map((s) => s.key)).size).toBe(1);
    expect(new Set(seen.map((s) => JSON.stringify(s.body))).size).toBe(1);
  });

  it('says it is trying again while the retries run', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const seen: number[] = [];
    server.use(
      http.post(api('/task'), async () => {
        seen.push(1);
        if (seen.length === 1) return HttpResponse.error();
        await held;
        return created();
      }),
    );
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await create(user);
    expect(await screen.findByText('No answer yet: trying again (2 of 4)…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create task' })).toBeDisabled();
    release();
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
  });

  it('keeps the key with the draft: after a reload the same task is sent with the same key', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(down);
    const first = renderTaskForm();
    await fillVisit(user);
    await create(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    const draft = JSON.parse(localStorage.getItem(draftKey(visitFlow)) ?? '{}') as {
      attempt?: { key: string };
    };
    expect(draft.attempt?.key).toBe(seen[0]!.key);
    first.unmount();

    const again = answerInTurn(created);
    const { onCreated } = renderTaskForm();
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await create(user);
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(again[0]!.key).toBe(seen[0]!.key);
    // created: the draft, and with it the key, is gone
    expect(localStorage.getItem(draftKey(visitFlow))).toBeNull();
  });

  it('uses a new key after a 400: the refused body created nothing', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(invalid, created);
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await create(user);
    const address = screen.getByRole('textbox', { name: 'Address' });
    await waitFor(() => expect(address).toHaveAccessibleDescription('The Address field is required.'));
    await user.type(address, 'Gambir');
    await create(user);
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.key).toMatch(UUID);
    expect(seen[1]!.key).not.toBe(seen[0]!.key);
  });

  it('a draft opened in a second tab and sent with other values is a new attempt, with its own key', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(down);
    const tabA = renderTaskForm();
    await fillVisit(user);
    await create(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    tabA.unmount();

    // Tab B opens the same draft, changes it and creates it: not under tab A's pending key.
    const again = answerInTurn(created);
    const tabB = renderTaskForm();
    const name = screen.getByLabelText(/Customer name/);
    await user.clear(name);
    await user.type(name, 'Ayu Lestari');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await create(user);
    await waitFor(() => expect(tabB.onCreated).toHaveBeenCalledTimes(1));
    expect(again[0]!.key).toMatch(UUID);
    expect(again[0]!.key).not.toBe(seen[0]!.key);
  });

  it('explains a 409 in plain words and creates the task as shown with a new key', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(
      () =>
        HttpResponse.json(
          { status: false, message: 'Idempotency-Key was used with a different request body.' },
          { status: 409 },
        ),
      created,
    );
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await create(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not created: an earlier version of this task, with other values, was already sent (from the outbox, another tab or another device) and may exist. Check the recent tasks; if this one is still needed, create it as shown.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Idempotency/);
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    await user.click(screen.getByRole('button', { name: 'Create this task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.key).not.toBe(seen[0]!.key);
    expect(seen[1]!.body).toEqual(seen[0]!.body);
  });

  it('says plainly that a task may already exist in MileApp and does not send it again by itself', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(
      () =>
        HttpResponse.json(
          { status: false, message: 'This task may already exist in MileApp.', failedCode: 'task-031' },
          { status: 409 },
        ),
      created,
    );
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await create(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This task may already exist in MileApp: an earlier try reached MileApp but its answer was lost, so it was not sent again. Check the task list before sending it again; if it is not there, create it as shown.',
    );
    // Longer than the fast policy's retries: nothing is sent by itself.
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toHaveLength(1);
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    await user.click(screen.getByRole('button', { name: 'Create this task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(seen[1]!.key).not.toBe(seen[0]!.key);
  });

  it('a new form (create another, duplicate) gets a new key', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(created);
    const first = renderTaskForm();
    await fillVisit(user);
    await create(user);
    await waitFor(() => expect(first.onCreated).toHaveBeenCalledTimes(1));
    first.unmount();
    const second = renderTaskForm(undefined, { initialValues: { field1: 'Jack Ward', hubId: 'hub-jkt' } });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await create(user);
    await waitFor(() => expect(second.onCreated).toHaveBeenCalledTimes(1));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.key).not.toBe(seen[0]!.key);
  });
});

describe('handing over to the outbox', () => {
  it('after the retries fail, the task goes to the outbox with its key, body and values', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(down);
    const queued: QueuedTask[] = [];
    const onQueue = vi.fn((task: QueuedTask) => {
      // the draft is still there while the outbox is writing: nothing is lost in between
      expect(localStorage.getItem(draftKey(visitFlow))).not.toBeNull();
      queued.push(task);
      return Promise.resolve();
    });
    const onQueued = vi.fn();
    const { onCreated } = renderTaskForm(undefined, { onQueue, onQueued });
    await fillVisit(user);
    await create(user);
    await waitFor(() => expect(onQueued).toHaveBeenCalledTimes(1));
    expect(seen).toHaveLength(4);
    expect(onCreated).not.toHaveBeenCalled();
    const task = queued[0]!;
    expect(task.key).toBe(seen[0]!.key);
    expect(task.body).toEqual(seen[0]!.body);
    expect(task).toMatchObject({ flow: 'Visit', label: 'Jack Ward', snapshot: { hubId: 'hub-jkt' } });
    expect(task.snapshot.values).toMatchObject({ field1: 'Jack Ward' });
    expect(task.cause).toMatchObject({ kind: 'network' });
    expect(localStorage.getItem(draftKey(visitFlow))).toBeNull();
  });

  it('offline at submit: straight to the outbox, nothing sent', async () => {
    const user = userEvent.setup();
    const post = vi.fn();
    server.use(http.post(api('/task'), post));
    const onQueue = vi.fn(() => Promise.resolve());
    const onQueued = vi.fn();
    renderTaskForm(undefined, { onQueue, onQueued });
    await fillVisit(user);
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await create(user);
      await waitFor(() => expect(onQueued).toHaveBeenCalledTimes(1));
    } finally {
      offline.mockRestore();
    }
    expect(post).not.toHaveBeenCalled();
    expect(onQueue).toHaveBeenCalledWith(expect.objectContaining({ cause: undefined }));
  });

  it('a 400 is not queued: it is shown at its field', async () => {
    const user = userEvent.setup();
    answerInTurn(invalid);
    const onQueue = vi.fn(() => Promise.resolve());
    renderTaskForm(undefined, { onQueue });
    await fillVisit(user);
    await create(user);
    const address = screen.getByRole('textbox', { name: 'Address' });
    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(onQueue).not.toHaveBeenCalled();
  });

  it('when the outbox cannot keep it, the form keeps it and says so', async () => {
    const user = userEvent.setup();
    answerInTurn(down);
    const onQueue = vi.fn(() => Promise.reject(new Error('QuotaExceededError')));
    const onQueued = vi.fn();
    renderTaskForm(undefined, { onQueue, onQueued });
    await fillVisit(user);
    await create(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('nor kept for later on this device');
    expect(onQueued).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    expect(localStorage.getItem(draftKey(visitFlow))).not.toBeNull();
  });
});

describe('a refused task opened again', () => {
  it('restores the values and shows the server messages at their fields', async () => {
    renderTaskForm(undefined, {
      reopened: {
        snapshot: {
          values: { field1: 'Jack Ward', field2: '', weight: 3, weight_unit: 'G' },
          hubId: 'hub-jkt',
          assignee: [],
          startTime: '2030-01-02T09:00',
          endTime: '2030-01-02T17:00',
        },
        refused: { message: 'Invalid', errors: { field2: ['The Address field is required.'] } },
      },
    });
    const address = screen.getByRole('textbox', { name: 'Address' });
    await waitFor(() => expect(address).toHaveAccessibleDescription('The Address field is required.'));
    expect(address).toHaveFocus();
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    expect(screen.getByLabelText('Weight')).toHaveValue('3');
    expect(screen.getByRole('combobox', { name: 'Weight unit' })).toHaveValue('G');
    expect(screen.getByLabelText('Start time')).toHaveValue('2030-01-02T09:00');
    expect(screen.getByRole('alert')).toHaveTextContent('The server refused some values');
  });
});

describe('a waiting task taken back from the outbox', () => {
  it('is sent, as edited, under its own key (it is the same task)', async () => {
    const user = userEvent.setup();
    const seen = answerInTurn(created);
    const key = '00000000-0000-4000-8000-00000000abcd';
    const { onCreated } = renderTaskForm(undefined, {
      reopened: {
        snapshot: {
          values: { field1: 'Jack' },
          hubId: 'hub-jkt',
          assignee: [],
          startTime: '2030-01-02T09:00',
          endTime: '2030-01-02T17:00',
        },
        key,
      },
    });
    await user.type(screen.getByLabelText(/Customer name/), ' Ward');
    await create(user);
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(seen).toEqual([{ key, body: expect.objectContaining({ field1: 'Jack Ward' }) }]);
  });
});

// The outbox in the whole app: a task the API cannot take goes to the outbox, is sent from there with its
// key, a 400 fails it with the field messages, and "Open in form" brings it back to be corrected.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flowsPage } from '../api/testing/fixtures';
import { api, server, setupMswServer } from '../api/testing/msw';
import { freshOutboxPerTest } from '../features/outbox/testing';
import { draftKey } from '../features/task-form/drafts/draft-storage';
import { App } from './App';
import { appHandlers, openFlow } from './testing';
// Chunks the app loads on demand, imported here so that their first load is not part of a test's time.
import './FlowStage';
import './ResultStage';
import '../features/outbox/OutboxPanel';
import '../features/outbox/queue';
import '../features/outbox/WaitingOnDevice';

vi.mock('../features/location/MapPicker', () => import('./map-picker-stub'));

setupMswServer();
freshOutboxPerTest();

// Each step waits on retries, IndexedDB writes and lazy chunks, which take seconds on a loaded machine
// (this file once hit the 5 s test timeout in a full run): every wait gets WAIT instead of the 1 s default,
// and each journey JOURNEY_MS. The assertions are the same; only how long they may take to come true.
const WAIT = { timeout: 5_000 };
const JOURNEY_MS = 30_000;

const flow = {
  _id: '6352736c628401059b37a2e0',
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'field1', title: 'Customer name', type: 'String', required: true },
        { component: 'input', id: 'field2', title: 'Address', type: 'Address' },
      ],
    },
  ],
};

interface Post {
  key: string | null;
  body: Record<string, unknown>;
}
let posts: Post[] = [];
/** how POST /task answers now */
let answer: (body: Record<string, unknown>) => Response;

const createdFrom = (body: Record<string, unknown>) =>
  HttpResponse.json(
    { status: true, task: { _id: `6352736c628401059b37a2f${posts.length}`, status: 'UNASSIGNED', ...body } },
    { status: 201 },
  );

beforeEach(() => {
  posts = [];
  answer = createdFrom;
  server.use(
    ...appHandlers({ flows: [flow] }),
    http.post(api('/task'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      posts.push({ key: request.headers.get('idempotency-key'), body });
      return answer(body);
    }),
  );
});

const openVisit = () => openFlow('Visit', { wait: WAIT });

const outbox = () => screen.getByRole('region', { name: /^Outbox/ });
const outboxShown = () => screen.findByRole('region', { name: /^Outbox/ }, WAIT);

/** A Visit for `name` that gets no answer (kept in the outbox), then is refused from there (failed). */
async function failInOutbox(user: Awaited<ReturnType<typeof openVisit>>, name: string) {
  await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), name);
  answer = () => HttpResponse.error();
  await user.click(screen.getByRole('button', { name: 'Create task' }));
  await within(await outboxShown()).findByText('Waiting', {}, WAIT);
  answer = () =>
    HttpResponse.json(
      { status: false, message: 'Invalid', errors: { field2: ['The Address field is required.'] } },
      { status: 400 },
    );
  await user.click(within(outbox()).getByRole('button', { name: 'Send now' }));
  await within(outbox()).findByText('Failed', {}, WAIT);
}

describe('outbox in the app', { timeout: JOURNEY_MS }, () => {
  it('keeps an unsent task, fails it on a 400, and reopens it in the form with the messages', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Ayu Lestari');

    // 1. The API is unreachable: four tries under one key, then the task is kept in the outbox.
    answer = () => HttpResponse.error();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const item = await within(await outboxShown()).findByRole('listitem', {}, WAIT);
    expect(item).toHaveTextContent('Ayu Lestari');
    expect(item).toHaveTextContent('Waiting');
    expect(posts).toHaveLength(4);
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);
    // the form is free for the next task, and focus went to the outbox that now holds this one
    expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('');
    expect(screen.getByRole('heading', { name: /^Outbox/ })).toHaveFocus();
    expect(screen.getAllByRole('status').some((s) => /kept in the outbox/.test(s.textContent ?? ''))).toBe(
      true,
    );

    // 2. Sent from the outbox under the same key, the server refuses a value.
    answer = () =>
      HttpResponse.json(
        { status: false, message: 'Invalid', errors: { field2: ['The Address field is required.'] } },
        { status: 400 },
      );
    await user.click(within(outbox()).getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(within(outbox()).getByText('Failed')).toBeInTheDocument(), WAIT);
    expect(posts.at(-1)?.key).toBe(posts[0]?.key);
    expect(outbox()).toHaveTextContent('The Address field is required.');

    // 3. Opened in the form: values back, the message at its field, focus there.
    await user.click(within(outbox()).getByRole('button', { name: 'Open in form: Ayu Lestari' }));
    const address = await screen.findByRole('textbox', { name: 'Address' }, WAIT);
    await waitFor(() => expect(address).toHaveAccessibleDescription('The Address field is required.'), WAIT);
    expect(address).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('Ayu Lestari');

    // 4. Corrected and created, under a new key; the outbox forgets the refused entry.
    answer = createdFrom;
    await user.type(address, 'Gambir');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByRole('heading', { name: 'Task created' }, WAIT)).toBeInTheDocument();
    const last = posts.at(-1)!;
    expect(last.key).not.toBe(posts[0]?.key);
    expect(last.body).toMatchObject({ field1: 'Ayu Lestari', field2: 'Gambir' });
    await waitFor(
      () => expect(screen.queryByRole('region', { name: /^Outbox/ })).not.toBeInTheDocument(),
      WAIT,
    );
  });

  it('a task sent from the outbox is shown as created; every try carried the same key', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Budi');
    answer = () => HttpResponse.json({ status: false, message: 'Service Unavailable' }, { status: 503 });
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const item = await within(await outboxShown()).findByRole('listitem', {}, WAIT);
    expect(item).toHaveTextContent(
      'The server failed (503): Service Unavailable. Trying again automatically.',
    );
    answer = createdFrom;
    await user.click(within(outbox()).getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(within(outbox()).getByText('Created')).toBeInTheDocument(), WAIT);
    const keys = posts.map((p) => p.key);
    expect(new Set(keys).size).toBe(1);
    expect(posts.filter((p) => p.body.field1 === 'Budi')).toHaveLength(5);
    await user.click(within(outbox()).getByRole('button', { name: 'Clear created' }));
    await waitFor(
      () => expect(screen.queryByRole('region', { name: /^Outbox/ })).not.toBeInTheDocument(),
      WAIT,
    );
  });

  it('asks before a task from the outbox replaces an unsent draft of its flow, and keeps the draft if told', async () => {
    const user = await openVisit();
    await failInOutbox(user, 'Eka');
    // The form is free again; a new task is typed, and "Open in form" is pressed at once, before the
    // draft's autosave timer (600 ms) has run: what was typed counts as the draft all the same.
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Dewi');

    const open = () => within(outbox()).getByRole('button', { name: 'Open in form: Eka' });
    await user.click(open());
    const prompt = await screen.findByRole('alertdialog', {}, WAIT);
    expect(prompt).toHaveTextContent('You have a draft of “Visit” that has not been sent.');
    expect(within(prompt).getByRole('button', { name: 'Keep my draft' })).toHaveFocus();
    // Keep: nothing changes, the draft stays in the form and in storage.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('Dewi');
    expect(localStorage.getItem(draftKey(flow))).toContain('Dewi');

    // Replace: the kept task is in the form.
    await user.click(open());
    await user.click(
      within(await screen.findByRole('alertdialog', {}, WAIT)).getByRole('button', {
        name: 'Replace the draft',
      }),
    );
    await waitFor(
      () => expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('Eka'),
      WAIT,
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // The replaced draft is gone: it does not come back when the flow is opened again.
    expect(localStorage.getItem(draftKey(flow)) ?? '').not.toContain('Dewi');
  });

  it('says so, and keeps the task, when its flow is no longer in the organisation', async () => {
    const user = await openVisit();
    await failInOutbox(user, 'Citra');
    cleanup();

    // The next visit: the organisation renamed its flow.
    server.use(
      http.get(api('/flows'), () => HttpResponse.json(flowsPage([{ ...flow, name: 'Site visit' }]))),
    );
    render(<App lang="en" />);
    const again = userEvent.setup();
    await screen.findByRole('combobox', { name: 'Flow' }, WAIT);
    // the outbox panel loads on its own (lazy chunk, IndexedDB), not necessarily before the flow list
    await again.click(
      await within(await outboxShown()).findByRole('button', { name: 'Open in form: Citra' }, WAIT),
    );
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(
      'This task cannot be opened: the flow “Visit” is not in this organisation’s flow list. It stays in the outbox.',
    );
    expect(outbox()).toHaveTextContent('Citra');
  });

  it('a waiting task is edited before it is sent: held meanwhile, then sent once, as edited, under its own key', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Fajar');
    answer = () => HttpResponse.error();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await within(await outboxShown()).findByText('Waiting', {}, WAIT);
    const key = posts[0]?.key;
    const tried = posts.length;

    await user.click(within(outbox()).getByRole('button', { name: 'Edit: Fajar' }));
    const name = screen.getByRole('textbox', { name: /^Customer name/ });
    await waitFor(() => expect(name).toHaveValue('Fajar'), WAIT);
    // the person is taken to the form: its first field still empty has the focus
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Address' })).toHaveFocus(), WAIT);
    await within(outbox()).findByText('Being edited', {}, WAIT);
    // The network is back, but the task in the form is not sent from the outbox meanwhile.
    answer = createdFrom;
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(posts).toHaveLength(tried);

    // Still unreachable when created from the form: queued again, under its key, with the new values.
    answer = () => HttpResponse.error();
    await user.type(name, ' Nugroho');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const item = await within(outbox()).findByText('Waiting', {}, WAIT);
    expect(within(outbox()).getAllByRole('listitem')).toHaveLength(1);
    expect(item.closest('li')).toHaveTextContent('Fajar Nugroho');

    // Sent from the outbox: one task, as edited, under the key it always had.
    answer = createdFrom;
    await user.click(within(outbox()).getByRole('button', { name: 'Send now' }));
    await within(outbox()).findByText('Created', {}, WAIT);
    expect(new Set(posts.map((p) => p.key))).toEqual(new Set([key]));
    expect(posts.at(-1)?.body).toMatchObject({ field1: 'Fajar Nugroho' });
  });
});

describe('Disconnect', { timeout: JOURNEY_MS }, () => {
  it('asks first while tasks of this account wait, naming how many; staying keeps the session', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Gita');
    answer = () => HttpResponse.error();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await within(await outboxShown()).findByText('Waiting', {}, WAIT);

    const header = screen.getByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Disconnect' }));
    const prompt = await within(header).findByRole('alertdialog', {}, WAIT);
    expect(prompt).toHaveTextContent('Tasks still waiting to be sent with this account: 1.');
    expect(within(prompt).getByRole('button', { name: 'Stay connected' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(header).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Flow' })).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'Disconnect' }));
    await user.click(await within(header).findByRole('button', { name: 'Disconnect anyway' }, WAIT));
    expect(screen.getByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    // and the task is still there, listed on the connection screen
    expect(await screen.findByRole('region', { name: 'Waiting on this device (1)' }, WAIT)).toHaveTextContent(
      'Gita',
    );
  });

  it('asks nothing when no task waits', async () => {
    const user = await openVisit();
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByRole('heading', { name: 'Connect to MileApp' }, WAIT)).toBeInTheDocument();
  });
});

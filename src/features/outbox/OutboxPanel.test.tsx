import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { api, server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { renderWithProviders } from '../../ui/testing/render';
import { OutboxPanel } from './OutboxPanel';
import { sharedOutbox } from './outbox-store';
import { entryFor, freshOutboxPerTest } from './testing';

setupMswServer();
freshOutboxPerTest();

let onLine: MockInstance<() => boolean>;
let online = true;
beforeEach(() => {
  online = true;
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => onLine.mockRestore());

function goOnline() {
  online = true;
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

function renderPanel(lang: 'en' | 'id' = 'en') {
  const onReopen = vi.fn();
  const view = renderWithProviders(<OutboxPanel onReopen={onReopen} />, {
    connection: TEST_CONNECTION,
    lang,
  });
  return { ...view, onReopen };
}

const panel = () => screen.getByRole('region', { name: /Outbox|Kotak keluar/ });

describe('OutboxPanel', () => {
  it('is not shown while there is nothing in it and the browser is online', async () => {
    const outbox = await sharedOutbox();
    const reload = vi.spyOn(outbox, 'reload');
    renderPanel();
    // Judged only once the panel has settled: its runner (made once the store and the account hash are
    // loaded) has read the storage and the panel has rendered what it read.
    await waitFor(() => expect(reload).toHaveBeenCalled());
    await act(async () => {
      await reload.mock.results[0]?.value;
    });
    expect(screen.queryByRole('region', { name: /Outbox/ })).not.toBeInTheDocument();
  });

  it('says where new tasks go while offline, even when empty', async () => {
    online = false;
    renderPanel();
    expect(await screen.findByText(/You are offline/)).toBeInTheDocument();
  });

  it('shows each entry with its state and reason in words', async () => {
    online = false;
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Jack Ward', reason: { kind: 'offline' } }));
    await outbox.put(
      await entryFor(TEST_CONNECTION, {
        label: 'Ayu',
        state: 'failed',
        reason: {
          kind: 'rejected',
          status: 400,
          message: 'Invalid',
          errors: { field2: ['The Address field is required.'] },
        },
      }),
    );
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Budi', state: 'created', taskId: 'abc123' }));
    renderPanel();
    const items = await within(await screen.findByRole('region', { name: /Outbox/ })).findAllByRole(
      'listitem',
    );
    const [waiting, failed, created] = items.filter((li) => li.classList.contains('outbox-item'));
    expect(waiting).toHaveTextContent('Jack Ward');
    expect(waiting).toHaveTextContent('Waiting');
    expect(waiting).toHaveTextContent('No connection. It is sent when the connection returns.');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('The server refused it (400): Invalid');
    expect(failed).toHaveTextContent('The Address field is required.');
    expect(within(failed!).getByRole('button', { name: 'Open in form: Ayu' })).toBeInTheDocument();
    expect(created).toHaveTextContent('Created');
    expect(created).toHaveTextContent('Task ID abc123');
    expect(panel()).toHaveAccessibleName('Outbox (3)');
  });

  it('sends the waiting tasks when the connection returns, with their keys, and announces it', async () => {
    online = false;
    const outbox = await sharedOutbox();
    const entry = await entryFor(TEST_CONNECTION, { label: 'Jack Ward' });
    await outbox.put(entry);
    const keys: (string | null)[] = [];
    server.use(
      http.post(api('/task'), ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ status: true, task: { _id: 'task-77' } }, { status: 201 });
      }),
    );
    renderPanel();
    expect(await screen.findByText('Waiting')).toBeInTheDocument();
    goOnline();
    await waitFor(() => expect(within(panel()).getByText('Created')).toBeInTheDocument());
    expect(keys).toEqual([entry.id]);
    expect(screen.getByRole('status')).toHaveTextContent('“Jack Ward” was created.');
    expect(panel()).toHaveTextContent('Task ID task-77');
  });

  it('after a reload the waiting tasks are sent at once', async () => {
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION, { nextTryAt: Date.now() + 60_000 }));
    server.use(
      http.post(api('/task'), () => HttpResponse.json({ status: true, task: { _id: 't' } }, { status: 201 })),
    );
    renderPanel();
    expect(await screen.findByText('Created')).toBeInTheDocument();
  });

  it('offers a refused task back to the form, and lets it be discarded', async () => {
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    const failed = await entryFor(TEST_CONNECTION, {
      label: 'Ayu',
      state: 'failed',
      reason: { kind: 'rejected', status: 400, message: 'Invalid' },
    });
    await outbox.put(failed);
    const { onReopen } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Open in form: Ayu' }));
    expect(onReopen).toHaveBeenCalledWith(
      expect.objectContaining({ id: failed.id, snapshot: failed.snapshot }),
    );
    await user.click(screen.getByRole('button', { name: 'Discard: Ayu' }));
    await waitFor(() => expect(outbox.entries()).toHaveLength(0));
  });

  it("keeps another account's tasks out of this list, and says they are kept", async () => {
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor({ baseUrl: TEST_CONNECTION.baseUrl, token: 'other' }));
    renderPanel();
    expect(await screen.findByText(/1 more kept for another account/)).toBeInTheDocument();
    // not in this account's list (no state shown), only offered under "Show …" to be handed over
    expect(within(panel()).queryByText('Waiting')).not.toBeInTheDocument();
    // nor counted: `panel()` matches any name with "Outbox", this one has no "(1)"
    expect(panel()).toHaveAccessibleName('Outbox');
  });

  it('speaks Bahasa Indonesia', async () => {
    online = false;
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION));
    renderPanel('id');
    expect(await screen.findByRole('heading', { name: /Kotak keluar/ })).toBeInTheDocument();
    // (the heading can be up before the entries are read from IndexedDB)
    expect(await screen.findByText('Menunggu')).toBeInTheDocument();
    expect(screen.getByText('Tidak ada koneksi. Dikirim saat koneksi kembali.')).toBeInTheDocument();
  });
});

describe('a task not sent yet', () => {
  it('can be edited: it goes to the form, and a created one only clears from this list', async () => {
    online = false;
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    const waiting = await entryFor(TEST_CONNECTION, { label: 'Ayu' });
    await outbox.put(waiting);
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Budi', state: 'created', taskId: 't1' }));
    const { onReopen } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Edit: Ayu' }));
    expect(onReopen).toHaveBeenCalledWith(expect.objectContaining({ id: waiting.id }));
    await user.click(screen.getByRole('button', { name: 'Clear from this list: Budi' }));
    await waitFor(() => expect(outbox.entries().map((e) => e.label)).toEqual(['Ayu']));
  });

  it('can be cancelled after saying so; "Keep it" keeps it', async () => {
    online = false;
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Ayu' }));
    renderPanel();
    const cancel = await screen.findByRole('button', { name: 'Cancel: Ayu' });
    await user.click(cancel);
    const prompt = screen.getByRole('alertdialog');
    expect(prompt).toHaveTextContent('Cancel “Ayu”? It is removed from this device and not sent.');
    expect(prompt).not.toHaveTextContent('may have created it');
    expect(within(prompt).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel: Ayu' })).toHaveFocus());
    expect(outbox.entries()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Cancel: Ayu' }));
    await user.click(screen.getByRole('button', { name: 'Cancel the task' }));
    await waitFor(() => expect(outbox.entries()).toHaveLength(0));
  });

  it('says when a try got no answer, so cancelling may come too late', async () => {
    online = false;
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    await outbox.put(
      await entryFor(TEST_CONNECTION, { label: 'Ayu', tries: 2, reason: { kind: 'timeout' } }),
    );
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Cancel: Ayu' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'A try got no answer, so the server may have created it already',
    );
  });

  it('being edited is not sent; "Send as it was" sends it', async () => {
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    const entry = await entryFor(TEST_CONNECTION, { label: 'Ayu', state: 'editing' });
    await outbox.put(entry);
    const keys: (string | null)[] = [];
    server.use(
      http.post(api('/task'), ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ status: true, task: { _id: 'task-5' } }, { status: 201 });
      }),
    );
    const reload = vi.spyOn(outbox, 'reload');
    renderPanel();
    expect(await screen.findByText('Being edited')).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Opened in the form: it is not sent until you create it there');
    // the panel's runner has run at start (online, forced) and left it alone
    await waitFor(() => expect(reload).toHaveBeenCalled());
    await act(async () => {
      await reload.mock.results[0]?.value;
    });
    expect(keys).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Send as it was: Ayu' }));
    await waitFor(() => expect(within(panel()).getByText('Created')).toBeInTheDocument());
    expect(keys).toEqual([entry.id]);
  });
});

describe('tasks of another account', () => {
  it('can be handed to the account connected now (same server), and are then sent with it', async () => {
    const user = userEvent.setup();
    const outbox = await sharedOutbox();
    const old = await entryFor(
      { baseUrl: TEST_CONNECTION.baseUrl, token: 'expired-token' },
      { label: 'Citra' },
    );
    await outbox.put(old);
    await outbox.put(await entryFor({ baseUrl: 'http://elsewhere.test/api/v3', token: 'x' }));
    const auth: (string | null)[] = [];
    server.use(
      http.post(api('/task'), ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json({ status: true, task: { _id: 'task-9' } }, { status: 201 });
      }),
    );
    renderPanel();
    expect(await screen.findByText(/2 more kept for another account/)).toBeInTheDocument();
    await user.click(screen.getByText('Show the ones kept for this server'));
    // only the one of this server is offered
    expect(screen.getAllByRole('button', { name: /^Send with this account/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Send with this account: Citra' }));
    await waitFor(() => expect(within(panel()).getByText('Created')).toBeInTheDocument());
    expect(auth).toEqual([`Bearer ${TEST_CONNECTION.token}`]);
    expect(screen.getByText(/1 more kept for another account/)).toBeInTheDocument();
  });
});

// Decision 025: the flow list, hubs and users last loaded on this device stand in when no answer comes.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL_KEY, CONNECTION_KEY } from '../api/connection';
import { flowsQueryOptions } from '../api/get-flows';
import { hubsQueryOptions } from '../api/get-hubs';
import { usersQueryOptions } from '../api/get-users';
import { savedAtOf } from '../api/saved-lists';
import { flowsPage, namedFlow, visitFlow } from '../api/testing/fixtures';
import { api, server, TEST_CONNECTION, setupMswServer } from '../api/testing/msw';
import { accountOf } from '../api/account';
import { openOutboxDb } from '../features/outbox/outbox-db';
import { sharedOutbox } from '../features/outbox/outbox-store';
import { entryFor, freshOutboxPerTest } from '../features/outbox/testing';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import { App } from './App';
import { createQueryClient } from './query-client';
import './FlowStage';
import './ResultStage';

vi.mock('../features/task-form/TaskForm', () => ({
  TaskForm: ({ flow }: TaskFormProps) => (
    <form aria-label="task form stub">
      <p>form of {flow.name}</p>
    </form>
  ),
}));

setupMswServer();
freshOutboxPerTest();
const demoUrl = `${window.location.origin}/api/demo`;
const NOTICE = /^Offline: showing the flows saved on this device at /;

beforeEach(() => {
  server.use(
    http.get(demoUrl, () => HttpResponse.json({}, { status: 404 })),
    http.get(api('/flows'), () => HttpResponse.json(flowsPage([visitFlow, namedFlow('Delivery')]))),
    // the recent tasks under the form
    http.get(api('/tasks'), () => HttpResponse.json({ status: true, tasks: { data: [] } })),
  );
});

function open(token = TEST_CONNECTION.token) {
  sessionStorage.setItem(CONNECTION_KEY, JSON.stringify({ ...TEST_CONNECTION, token }));
  render(<App lang="en" />);
  return userEvent.setup();
}

const offline = () => server.use(http.get(api('/flows'), () => HttpResponse.error()));
const fresh = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
/** the keys this device keeps under an account's hash */
const keysOf = (account: string) =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) =>
    k?.includes(account),
  );

describe('lists saved on this device', () => {
  it('shows the saved flows and a notice when /flows cannot be reached after one successful load', async () => {
    open();
    expect(await screen.findByRole('combobox', { name: 'Flow' })).toBeInTheDocument();
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
    cleanup(); // the reload: a new app, a new query cache, the same device

    offline();
    const user = open();
    await user.click(await screen.findByRole('combobox', { name: 'Flow' }));
    await user.click(screen.getByRole('option', { name: 'Visit' }));
    expect(await screen.findByText('form of Visit')).toBeInTheDocument();
    expect(screen.getByText(NOTICE)).toBeInTheDocument();
    expect(JSON.stringify(localStorage)).not.toContain(TEST_CONNECTION.token);
  });

  it('drops the notice as soon as fresh flows arrive when the connection returns', async () => {
    open();
    await screen.findByRole('combobox', { name: 'Flow' });
    cleanup();

    // Opened offline; the browser said "online" all along (so TanStack heard no change of network).
    offline();
    open();
    expect(await screen.findByText(NOTICE)).toBeInTheDocument();
    server.use(http.get(api('/flows'), () => HttpResponse.json(flowsPage([visitFlow, namedFlow('Fresh')]))));
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText(NOTICE)).not.toBeInTheDocument());
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Flow' }));
    expect(screen.getByRole('option', { name: 'Fresh' })).toBeInTheDocument();
  });

  it('asks again for the saved flows as soon as another call gets a live answer, with no event at all', async () => {
    await fresh().fetchQuery(flowsQueryOptions(TEST_CONNECTION)); // a live load saves them
    offline();
    const client = createQueryClient(() => undefined);
    const flows = flowsQueryOptions(TEST_CONNECTION);
    expect(savedAtOf(await client.fetchQuery(flows))).toEqual(expect.any(Number));

    // the server is back: the hubs come live, and the flows follow
    server.use(
      http.get(api('/flows'), () => HttpResponse.json(flowsPage([visitFlow]))),
      http.get(api('/hubs'), () => HttpResponse.json({ data: [{ _id: 'h1', name: 'North' }] })),
    );
    await client.fetchQuery(hubsQueryOptions(TEST_CONNECTION));
    await waitFor(() => expect(client.getQueryData(flows.queryKey)).toHaveLength(1));
    expect(savedAtOf(client.getQueryData(flows.queryKey))).toBeUndefined();
  });

  it('reads the same saved copy again as the very same list, so nothing shown is rebuilt', async () => {
    await fresh().fetchQuery(flowsQueryOptions(TEST_CONNECTION));
    offline();
    const client = fresh();
    const flows = flowsQueryOptions(TEST_CONNECTION);
    const first = await client.fetchQuery(flows);
    await client.refetchQueries({ queryKey: flows.queryKey });
    expect(client.getQueryData(flows.queryKey)).toBe(first);
  });

  it('never uses the lists saved by another account', async () => {
    open();
    await screen.findByRole('combobox', { name: 'Flow' });
    cleanup();

    offline();
    open('another-token');
    expect(await screen.findByText(/Cannot reach the server/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Flow' })).not.toBeInTheDocument();
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
  }, 15_000);

  it('keeps hubs and users per account and hub, and lets a live answer win', async () => {
    const hubs = { data: [{ _id: 'h1', name: 'North' }] };
    const users = { data: [{ _id: 'u1', name: 'Ana', email: 'ana@example.com' }] };
    server.use(
      http.get(api('/hubs'), () => HttpResponse.json(hubs)),
      http.get(api('/users'), () => HttpResponse.json(users)),
    );
    const live = await fresh().fetchQuery(hubsQueryOptions(TEST_CONNECTION));
    expect(savedAtOf(live)).toBeUndefined();
    await fresh().fetchQuery(usersQueryOptions(TEST_CONNECTION, 'h1'));

    server.use(
      http.get(api('/hubs'), () => HttpResponse.error()),
      http.get(api('/users'), () => HttpResponse.error()),
    );
    const savedHubs = await fresh().fetchQuery(hubsQueryOptions(TEST_CONNECTION));
    expect(savedHubs.map((h) => h.name)).toEqual(['North']);
    expect(savedAtOf(savedHubs)).toEqual(expect.any(Number));
    const savedUsers = await fresh().fetchQuery(usersQueryOptions(TEST_CONNECTION, 'h1'));
    expect(savedUsers.map((u) => u.name)).toEqual(['Ana']);
    // another hub, another account: nothing saved
    await expect(fresh().fetchQuery(usersQueryOptions(TEST_CONNECTION, 'h2'))).rejects.toThrow(
      /Cannot reach/,
    );
    const other = { ...TEST_CONNECTION, token: 'another-token' };
    await expect(fresh().fetchQuery(hubsQueryOptions(other))).rejects.toThrow(/Cannot reach/);
    // an HTTP error is the server's answer, never replaced by the saved copy
    server.use(http.get(api('/hubs'), () => HttpResponse.json({}, { status: 500 })));
    await expect(fresh().fetchQuery(hubsQueryOptions(TEST_CONNECTION))).rejects.toThrow();
  });

  it("forgets the account's saved lists on Disconnect, and keeps its outbox and other accounts' lists", async () => {
    // another account used this device before, and this account has a task it could not send
    const other = { ...TEST_CONNECTION, token: 'another-token' };
    server.use(http.get(api('/hubs'), () => HttpResponse.json({ data: [{ _id: 'h1', name: 'North' }] })));
    await fresh().fetchQuery(hubsQueryOptions(other));
    const unsent = await entryFor(TEST_CONNECTION, {
      state: 'failed',
      reason: { kind: 'rejected', status: 400, message: 'The Address field is required.' },
    });
    await (await sharedOutbox()).put(unsent);
    localStorage.setItem(BASE_URL_KEY, TEST_CONNECTION.baseUrl); // as connect() keeps it

    const user = open();
    await screen.findByRole('combobox', { name: 'Flow' });
    const mine = await accountOf(TEST_CONNECTION);
    await waitFor(() => expect(keysOf(mine)).not.toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    await waitFor(() => expect(keysOf(mine)).toEqual([]));

    // offline again: nothing of this account's lists is left to show, the other account's still is
    offline();
    server.use(http.get(api('/hubs'), () => HttpResponse.error()));
    await expect(fresh().fetchQuery(flowsQueryOptions(TEST_CONNECTION))).rejects.toThrow(/Cannot reach/);
    const theirs = await fresh().fetchQuery(hubsQueryOptions(other));
    expect(theirs.map((h) => h.name)).toEqual(['North']);
    expect(savedAtOf(theirs)).toEqual(expect.any(Number));
    // the unsent task and the base URL (not a secret, it prefills the form) stay
    expect(await (await openOutboxDb()).all()).toEqual([unsent]);
    expect(localStorage.getItem(BASE_URL_KEY)).toBe(TEST_CONNECTION.baseUrl);
  });
});

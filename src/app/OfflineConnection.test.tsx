// Decision 030: a tab reopened without a network shows what waits on this device, connects with a token
// it cannot check, and checks it once the server answers.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { flowsPage, visitFlow } from '../api/testing/fixtures';
import { api, server, setupMswServer, TEST_CONNECTION } from '../api/testing/msw';
import { sharedOutbox } from '../features/outbox/outbox-store';
import { entryFor, freshOutboxPerTest } from '../features/outbox/testing';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import { App } from './App';
import './FlowStage';
import '../features/outbox/OutboxPanel';
import '../features/outbox/WaitingOnDevice';

vi.mock('../features/task-form/TaskForm', () => ({
  TaskForm: ({ flow }: TaskFormProps) => <p>form of {flow.name}</p>,
}));

setupMswServer();
freshOutboxPerTest();

let online = true;
let onLine: MockInstance<() => boolean>;
beforeEach(() => {
  online = true;
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  server.use(http.get(`${window.location.origin}/api/demo`, () => HttpResponse.json({}, { status: 404 })));
});
afterEach(() => onLine.mockRestore());

function goOnline() {
  online = true;
  act(() => void window.dispatchEvent(new Event('online')));
}

describe('the connection screen', () => {
  it('lists every task not created yet on this device, of any account, and says when they are sent', async () => {
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Jack Ward' }));
    await outbox.put(
      await entryFor(
        { ...TEST_CONNECTION, token: 'someone-else' },
        {
          label: 'Ayu',
          state: 'failed',
          reason: { kind: 'rejected', status: 400, message: 'Invalid' },
        },
      ),
    );
    await outbox.put(await entryFor(TEST_CONNECTION, { label: 'Budi', state: 'created', taskId: 't1' }));
    online = false;
    render(<App lang="en" />);
    const waiting = await screen.findByRole('region', { name: 'Waiting on this device (2)' });
    const items = within(waiting).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Jack WardWaitingVisit · Queued at /),
      expect.stringMatching(/^AyuFailedVisit · Queued at /),
    ]);
    expect(waiting).toHaveTextContent(
      'They are sent once you connect with the account they were made under.',
    );
    expect(screen.getByText(/^This device is offline\./)).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Offline')).toBeInTheDocument();
  });

  it('shows nothing of the kind when nothing waits', async () => {
    render(<App lang="en" />);
    await act(async () => {
      await sharedOutbox();
    });
    expect(screen.getByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Waiting on this device/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/This device is offline/)).not.toBeInTheDocument();
  });
});

describe('a token taken offline', () => {
  const unchecked = () =>
    sessionStorage.setItem(CONNECTION_KEY, JSON.stringify({ ...TEST_CONNECTION, unchecked: true }));

  it('is said to be unchecked, and checked as soon as the connection returns', async () => {
    unchecked();
    let checks = 0;
    server.use(
      http.get(api('/flows'), ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') === '1') checks++;
        return online ? HttpResponse.json(flowsPage([visitFlow])) : HttpResponse.error();
      }),
    );
    online = false;
    render(<App lang="en" />);
    expect(await screen.findByText(/^Connected without checking the token/)).toBeInTheDocument();
    expect(checks).toBe(0);
    goOnline();
    await waitFor(() => expect(screen.queryByText(/^Connected without checking/)).not.toBeInTheDocument());
    expect(checks).toBe(1);
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_KEY) ?? 'null')).toEqual(TEST_CONNECTION);
    expect(await screen.findByRole('combobox', { name: 'Flow' })).toBeInTheDocument();
  });

  it('refused by the server once it answers: the session ends as for any refused token', async () => {
    unchecked();
    server.use(
      http.get(api('/flows'), () =>
        online ? HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 }) : HttpResponse.error(),
      ),
    );
    online = false;
    render(<App lang="en" />);
    await screen.findByText(/^Connected without checking the token/);
    goOnline();
    expect(await screen.findByText(/The server refused your token/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
  });
});

// Decision 025: the flow list, hubs and users last loaded on this device stand in when no answer comes.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { hubsQueryOptions } from '../api/get-hubs';
import { usersQueryOptions } from '../api/get-users';
import { savedAtOf } from '../api/saved-lists';
import { flowsPage, namedFlow, visitFlow } from '../api/testing/fixtures';
import { api, server, TEST_CONNECTION, setupMswServer } from '../api/testing/msw';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import { App } from './App';
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
const demoUrl = `${window.location.origin}/api/demo`;
const NOTICE = /^Offline: showing the flows saved on this device at /;

beforeEach(() => {
  server.use(
    http.get(demoUrl, () => HttpResponse.json({}, { status: 404 })),
    http.get(api('/flows'), () => HttpResponse.json(flowsPage([visitFlow, namedFlow('Delivery')]))),
  );
});

function open(token = TEST_CONNECTION.token) {
  sessionStorage.setItem(CONNECTION_KEY, JSON.stringify({ ...TEST_CONNECTION, token }));
  render(<App lang="en" />);
  return userEvent.setup();
}

const offline = () => server.use(http.get(api('/flows'), () => HttpResponse.error()));

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
    const fresh = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
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
});

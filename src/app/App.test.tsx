import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { createdTask, flowsPage, namedFlow, visitFlow } from '../api/testing/fixtures';
import { api, server, TEST_CONNECTION, setupMswServer } from '../api/testing/msw';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import { App } from './App';
// The app fetches these chunks once the flow list is shown; importing them here keeps their module
// transform out of the test's timing, as a browser's preload keeps the download out of a person's way.
import './FlowStage';
import './ResultStage';

// The form belongs to the task-form feature and has its own tests; here a stand-in shows what the app
// hands it (flow, initial values) and reports a creation the way the real one does.
vi.mock('../features/task-form/TaskForm', () => ({
  TaskForm: ({ flow, initialValues, onCreated }: TaskFormProps) => (
    <form aria-label="task form stub">
      <p>
        form of {flow.name}: {flow.fields.map((f) => f.id).join(',')}
      </p>
      <p>initial: {JSON.stringify(initialValues ?? null)}</p>
      <button type="button" onClick={() => onCreated(createdTask, { field1: 'Jack Ward' })}>
        stub create
      </button>
    </form>
  ),
}));

setupMswServer();
const demoUrl = `${window.location.origin}/api/demo`;
const bare = { _id: 'f9', name: 'Bare' }; // a flow object without pages

beforeEach(() => {
  server.use(
    http.get(demoUrl, () => HttpResponse.json({}, { status: 404 })),
    http.get(api('/flows'), () => HttpResponse.json(flowsPage([visitFlow, namedFlow('Delivery'), bare]))),
    http.get(api('/tasks'), () => HttpResponse.json({ status: true, tasks: { data: [createdTask] } })),
    // the recent tasks name their assignees from their hub's users
    http.get(api('/users'), () => HttpResponse.json({ status: true, data: [] })),
  );
});

function connected() {
  sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
  render(<App lang="en" />);
  return userEvent.setup();
}

async function pick(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('combobox', { name: 'Flow' }));
  await user.click(screen.getByRole('option', { name }));
}

describe('App', () => {
  it('starts on the connection screen and reaches the flow picker after connecting', async () => {
    render(<App lang="en" />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    const url = screen.getByLabelText('API base URL');
    await user.clear(url);
    await user.type(url, TEST_CONNECTION.baseUrl);
    await user.type(screen.getByLabelText('API token'), 'test-token');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('combobox', { name: 'Flow' })).toBeInTheDocument();
    expect(screen.getByText('Connected to api.test')).toBeInTheDocument();
  });

  it('disconnects from the header and forgets the token', async () => {
    const user = connected();
    await screen.findByRole('combobox', { name: 'Flow' });
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    // (it first looks in the outbox, a chunk of its own, for tasks still waiting: none here)
    expect(await screen.findByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    expect(sessionStorage.getItem(CONNECTION_KEY)).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Flow' })).not.toBeInTheDocument();
  });

  it('shows the form of the picked flow, then the created task, then a fresh or duplicated form', async () => {
    const user = connected();
    await pick(user, 'Visit');
    expect(screen.getByText('form of Visit: field1,field2,field3,weight,goods,proof')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'stub create' }));
    expect(await screen.findByRole('heading', { name: 'Task created' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'task form stub' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByText('initial: {"field1":"Jack Ward"}')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'stub create' }));
    await user.click(await screen.findByRole('button', { name: 'Create another' }));
    expect(screen.getByText('initial: null')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Flow' })).toHaveValue('Visit');
  });

  it('describes a flow without pages through GET /flow/{name}/task', async () => {
    server.use(
      http.get(api('/flow/Bare/task'), () =>
        HttpResponse.json({
          status: true,
          data: { flowName: 'Bare', flowFields: [{ field: 'note', type: 'String' }] },
        }),
      ),
    );
    const user = connected();
    await pick(user, 'Bare');
    expect(await screen.findByText('form of Bare: note')).toBeInTheDocument();
  });

  it('returns to the connection screen on a 401 and keeps the form underneath', async () => {
    const user = connected();
    await pick(user, 'Visit');
    server.use(
      http.get(api('/tasks'), () => HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 })),
    );
    await user.click(screen.getByRole('button', { name: 'stub create' }));
    expect(await screen.findByText(/The server refused your token/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connect to MileApp' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Task created', hidden: true })).not.toBeVisible();

    server.use(http.get(api('/tasks'), () => HttpResponse.json({ status: true, tasks: { data: [] } })));
    await user.type(screen.getByLabelText('API token'), 'test-token');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Task created' })).toBeVisible());
    expect(screen.queryByRole('heading', { name: 'Connect to MileApp' })).not.toBeInTheDocument();
  });

  it('connects with the demo account again after the server refused its token', async () => {
    server.use(
      http.get(demoUrl, () =>
        HttpResponse.json({ status: true, token: TEST_CONNECTION.token, baseUrl: TEST_CONNECTION.baseUrl }),
      ),
    );
    render(<App lang="en" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Use demo account' }));
    await pick(user, 'Visit');
    server.use(
      http.get(api('/tasks'), () => HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 })),
    );
    await user.click(screen.getByRole('button', { name: 'stub create' }));
    expect(await screen.findByText(/The server refused your token/)).toBeInTheDocument();

    // The token works again (the demo organisation was reloaded): the same demo account connects.
    server.use(http.get(api('/tasks'), () => HttpResponse.json({ status: true, tasks: { data: [] } })));
    await user.click(screen.getByRole('button', { name: 'Use demo account' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Task created' })).toBeVisible());
    expect(screen.queryByRole('heading', { name: 'Connect to MileApp' })).not.toBeInTheDocument();
  });

  it('explains a failed flow list and retries', async () => {
    let down = true;
    server.use(http.get(api('/flows'), () => (down ? HttpResponse.error() : undefined)));
    const user = connected();
    // the query client retries twice (0.5 s, 1 s) before giving up
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(
      'Cannot reach the server',
    );
    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Flow' })).toBeInTheDocument();
  });

  it('says "Offline" in the header while the device is offline', async () => {
    let online = true;
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    try {
      connected();
      await screen.findByRole('combobox', { name: 'Flow' });
      const header = screen.getByRole('banner');
      expect(within(header).queryByText('Offline')).not.toBeInTheDocument();
      online = false;
      act(() => void window.dispatchEvent(new Event('offline')));
      expect(within(header).getByRole('status')).toHaveTextContent('Offline');
      online = true;
      act(() => void window.dispatchEvent(new Event('online')));
      expect(within(header).queryByText('Offline')).not.toBeInTheDocument();
    } finally {
      onLine.mockRestore();
    }
  });

  it('switches the whole interface to Indonesian from the header', async () => {
    const user = connected();
    await screen.findByRole('combobox', { name: 'Flow' });
    await user.selectOptions(screen.getByLabelText('Language'), 'Bahasa Indonesia');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Putuskan' })).toBeInTheDocument();
    expect(within(header).getByLabelText('Bahasa')).toHaveValue('id');
    expect(document.documentElement.lang).toBe('id');
  });
});

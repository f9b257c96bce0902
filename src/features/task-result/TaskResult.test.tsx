import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createdTask, visitFlow } from '../../api/testing/fixtures';
import { api, server, TEST_CONNECTION, setupMswServer } from '../../api/testing/msw';
import { deliveryFlowRaw } from '../../flow/fixtures';
import { normaliseFlow } from '../../flow/normalise';
import { renderWithProviders } from '../../ui/testing/render';
import { LOCAL_TIME } from './format';
import { TaskResult } from './TaskResult';

setupMswServer();
const flow = normaliseFlow(visitFlow);
const older = {
  _id: '6352736c628401059b37a2d0',
  flow: 'Delivery',
  status: 'UNASSIGNED',
  title: 'Older task',
};

const JAKARTA = createdTask.hubId;
/** Users by hub, as GET /users?hubId= answers: Budi of Jakarta is not listed (say, no longer active). */
const USERS: Record<string, { _id: string; name: string; email: string }[]> = {
  [JAKARTA]: [{ _id: 'u1', name: 'Ayu Lestari', email: 'ayu@demo.test' }],
  hubB: [{ _id: 'u2', name: 'Citra Dewi', email: 'citra@demo.test' }],
};

beforeEach(() => {
  server.use(
    http.get(api('/tasks'), () =>
      HttpResponse.json({ status: true, tasks: { current_page: 1, data: [createdTask, older] } }),
    ),
    http.get(api('/users'), ({ request }) => {
      const hubId = new URL(request.url).searchParams.get('hubId') ?? '';
      return HttpResponse.json({ status: true, data: USERS[hubId] ?? [] });
    }),
  );
});

function setup(props: Partial<Parameters<typeof TaskResult>[0]> = {}) {
  const onCreateAnother = vi.fn();
  const onDuplicate = vi.fn();
  renderWithProviders(
    <TaskResult
      task={createdTask}
      flow={flow}
      onCreateAnother={onCreateAnother}
      onDuplicate={onDuplicate}
      {...props}
    />,
    { connection: TEST_CONNECTION },
  );
  return { onCreateAnother, onDuplicate, user: userEvent.setup() };
}

/** The value shown under a title in a description list. */
function valueOf(title: string, scope: HTMLElement = document.body): string {
  const term = within(scope).getByText(title, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('TaskResult', () => {
  it('announces the creation and focuses the heading', () => {
    setup();
    const heading = screen.getByRole('heading', { level: 1, name: 'Task created' });
    expect(heading).toHaveFocus();
  });

  it("shows the fixed task keys: id, status, flow, hub, times in the hub's zone, assignees", async () => {
    setup();
    expect(valueOf('Task ID')).toContain(createdTask._id);
    expect(valueOf('Status')).toBe('Ongoing');
    expect(valueOf('Flow')).toBe('Visit');
    expect(valueOf('Hub')).toBe('Jakarta');
    expect(valueOf('Assignees')).toBe('ayu@demo.test' + 'budi@demo.test');
    // 07:28 UTC is 14:28 in Jakarta (WIB), whatever the zone of the device
    await waitFor(() => expect(valueOf('Start time')).toBe('2 Nov 2022, 14:28 WIB'));
    expect(valueOf('End time')).toBe('5 Nov 2022, 14:28 WIB');
  });

  it("writes a Makassar hub's times in WITA", async () => {
    const makassar = { _id: 'hub-mks', name: 'Makassar', lat: -5.14, lng: 119.42 };
    setup({ task: { ...createdTask, hubId: makassar._id, hub: makassar } });
    await waitFor(() => expect(valueOf('Start time')).toBe('2 Nov 2022, 15:28 WITA'));
  });

  it("writes the times of a hub without coordinates in the device's zone, naming it", () => {
    const hub = { _id: 'hub-x', name: 'Nowhere' };
    setup({ task: { ...createdTask, hubId: hub._id, hub } });
    const expected = new Intl.DateTimeFormat('en-GB', LOCAL_TIME);
    expect(valueOf('Start time')).toBe(expected.format(new Date('2022-11-02T07:28:23Z')));
  });

  it("names the assignees from their hub's users; one not listed there stays an email", async () => {
    setup();
    const term = screen.getByText('Assignees', { selector: 'dt' });
    const list = within(term.nextElementSibling as HTMLElement);
    expect(await list.findByText('Ayu Lestari')).toBeInTheDocument();
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ayu Lestari',
      'budi@demo.test',
    ]);
  });

  it('shows every field value under its title, with units and lists, and no mobile-only fields', () => {
    setup();
    expect(valueOf('Customer name')).toBe('Jack Ward');
    expect(valueOf('Address')).toBe('Gambir\nJakarta');
    expect(valueOf('Location')).toBe('-6.230815251,106.75684387');
    expect(valueOf('Weight')).toBe('12.5 KG');
    expect(valueOf('Goods')).toBe('Food, Books');
    expect(screen.queryByText('Proof photo')).not.toBeInTheDocument();
  });

  it('marks a field left empty', () => {
    setup({ task: { ...createdTask, field2: '' } });
    expect(valueOf('Address')).toBe('—');
  });

  it('does not list the fields an onSelect rule hid for this task', () => {
    const delivery = normaliseFlow(deliveryFlowRaw);
    const task = { ...createdTask, flow: 'Delivery', customerName: 'Jack', deliveryStatus: 'Failed' };
    setup({ task, flow: delivery });
    expect(valueOf('Delivery status')).toBe('Failed');
    expect(valueOf('Failure reason')).toBe('—'); // shown by "Failed", left empty
    expect(screen.queryByText('Receiver name')).not.toBeInTheDocument(); // hidden by "Failed"
    expect(screen.queryByText('Delivery note')).not.toBeInTheDocument(); // shown only by "Success"
  });

  it('writes the coordinates once: under their field, or under Location when no field lists them', () => {
    setup();
    expect(screen.getAllByText('-6.230815251,106.75684387')).toHaveLength(1);
    // listed under their field and no map to show: no empty Location section
    expect(screen.queryByRole('heading', { name: 'Location' })).not.toBeInTheDocument();
  });

  it('copies the task id', async () => {
    const { user } = setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy Task ID' }));
    expect(writeText).toHaveBeenCalledWith(createdTask._id);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('shows the expected coordinate as text, and on the map when one is given', () => {
    const renderMap = vi.fn(() => <div>map stub</div>);
    setup({ renderMap, task: { ...createdTask, field3: undefined } });
    expect(screen.getByRole('heading', { name: 'Location' })).toBeInTheDocument();
    expect(screen.getByText('-6.230815251,106.75684387', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText('map stub')).toBeInTheDocument();
    expect(renderMap).toHaveBeenCalledWith({ lat: -6.230815251, lng: 106.75684387 }, 'Location');
  });

  it('offers "Create another" and "Duplicate"', async () => {
    const { user, onCreateAnother, onDuplicate } = setup();
    await user.click(screen.getByRole('button', { name: 'Create another' }));
    expect(onCreateAnother).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(onDuplicate).toHaveBeenCalledOnce();
  });

  it('lists the recent tasks newest first, the new one marked current', async () => {
    setup();
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.recent-title')?.textContent)).toEqual([
      'Jack Ward',
      'Older task',
    ]);
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(items[1]).toHaveTextContent('Delivery · Unassigned');
  });

  it("names the assignees of recent tasks, from the users of each task's hub", async () => {
    const other = { ...older, hubId: 'hubB', status: 'ONGOING', assignee: ['citra@demo.test'] };
    server.use(
      http.get(api('/tasks'), () =>
        HttpResponse.json({ status: true, tasks: { data: [createdTask, other] } }),
      ),
    );
    setup();
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    await waitFor(() =>
      expect(within(section).getAllByRole('listitem')[1]).toHaveTextContent(
        'Delivery · Ongoing · assigned to Citra Dewi',
      ),
    );
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(
      'Visit · Ongoing · assigned to Ayu Lestari, budi@demo.test',
    );
  });

  it('without a way to open them, recent tasks are plain text', async () => {
    setup();
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    await within(section).findAllByRole('listitem');
    expect(within(section).queryByRole('button', { name: 'Jack Ward' })).not.toBeInTheDocument();
  });

  it('opens a recent task whole (GET /task/{id}) and hands it over; says so when it cannot be shown', async () => {
    const full = { ...older, customerName: 'Ana' };
    server.use(http.get(api(`/task/${older._id}`), () => HttpResponse.json({ status: true, task: full })));
    const onOpenRecent = vi.fn().mockReturnValueOnce(true).mockReturnValueOnce(false);
    const { user } = setup({ onOpenRecent });
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    const open = await within(section).findByRole('button', { name: 'Older task' });
    expect(open).toHaveAccessibleDescription(/^Delivery · Unassigned/);
    await user.click(open);
    await waitFor(() => expect(onOpenRecent).toHaveBeenCalledWith(full));
    await user.click(open);
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'This task cannot be shown: its flow “Delivery” is not in this organisation’s flow list.',
    );
  });

  it('says why a recent task could not be opened', async () => {
    server.use(
      http.get(api(`/task/${older._id}`), () =>
        HttpResponse.json({ status: false, message: 'Data not found' }, { status: 404 }),
      ),
    );
    const onOpenRecent = vi.fn(() => true);
    const { user } = setup({ onOpenRecent });
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    await user.click(await within(section).findByRole('button', { name: 'Older task' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Not found.');
    expect(onOpenRecent).not.toHaveBeenCalled();
  });

  it('heads a task opened from the list "Task details", not "Task created"', () => {
    setup({ opened: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Task details');
  });

  it('says so when the recent tasks cannot be loaded, and retries', async () => {
    server.use(
      http.get(api('/tasks'), () => HttpResponse.json({ status: false }, { status: 500 }), { once: true }),
    );
    const { user } = setup();
    const section = screen.getByRole('region', { name: 'Recent tasks' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('The server failed (500)');
    await user.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(await within(section).findAllByRole('listitem')).toHaveLength(2);
  });

  it('writes date, datetime and time fields day-month-year in English, as typed (no zone shift)', () => {
    // West of UTC, a date read as midnight UTC and written in the local zone would be the day before.
    vi.stubEnv('TZ', 'America/Los_Angeles');
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const delivery = normaliseFlow(deliveryFlowRaw);
    const task = {
      ...createdTask,
      flow: 'Delivery',
      deliveryDate: '2026-12-06',
      pickupAt: '2026-12-06 09:30:00',
      openTime: '08:05',
    };
    setup({ task, flow: delivery });
    expect(valueOf('Delivery date')).toBe('6 Dec 2026');
    expect(valueOf('Pickup at')).toBe('6 Dec 2026, 09:30');
    expect(valueOf('Open time')).toBe('08:05');
  });

  it('speaks Indonesian', () => {
    renderWithProviders(
      <TaskResult task={createdTask} flow={flow} onCreateAnother={() => {}} onDuplicate={() => {}} />,
      { connection: TEST_CONNECTION, lang: 'id' },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tugas dibuat');
    expect(screen.getByRole('button', { name: 'Buat lagi' })).toBeInTheDocument();
    expect(valueOf('Status')).toBe('Berjalan');
  });

  it('in Indonesian, writes every date day-month-year, never Y-m-d', async () => {
    const delivery = normaliseFlow(deliveryFlowRaw);
    const task = {
      ...createdTask,
      flow: 'Delivery',
      startTime: '2026-12-06T02:30:00+00:00',
      endTime: '2026-12-07T10:00:00+00:00',
      deliveryDate: '2026-12-06',
      pickupAt: '2026-12-06T09:30:45',
      openTime: '08:05:00',
    };
    renderWithProviders(
      <TaskResult task={task} flow={delivery} onCreateAnother={() => {}} onDuplicate={() => {}} />,
      { connection: TEST_CONNECTION, lang: 'id' },
    );
    expect(valueOf('Delivery date')).toBe('6 Des 2026');
    expect(valueOf('Pickup at')).toBe('6 Des 2026, 09.30.45');
    expect(valueOf('Open time')).toBe('08.05');
    // the task's own times: an instant, written in its hub's zone (Jakarta) with its name
    await waitFor(() => expect(valueOf('Waktu mulai')).toBe('6 Des 2026, 09.30 WIB'));
    expect(valueOf('Waktu selesai')).toMatch(/^7 Des 2026, /);
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

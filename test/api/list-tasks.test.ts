// GET /tasks: the paginator under `tasks`, every filter and sort, and bad parameters as 400s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANDUNG, DOCS_BODY, JAKARTA, startServer, type TestServer } from './harness';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS } from './swagger';

type Task = Record<string, unknown> & { _id: string };
let s: TestServer;
const ids: Record<string, string> = {};

async function create(name: string, body: Record<string, unknown>) {
  const r = await s.demo('POST', '/task', body);
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  ids[name] = r.body.task._id;
}

async function list(query: string): Promise<Task[]> {
  const r = await s.demo('GET', `/tasks?${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.tasks.data;
}
const names = (tasks: Task[]) => tasks.map((t) => Object.keys(ids).find((k) => ids[k] === t._id));

beforeAll(async () => {
  s = await startServer();
  await create('visit1', { ...DOCS_BODY, startTime: '2023-01-01 08:00:00', endTime: '2023-01-02 08:00:00' });
  await create('visit2', {
    ...DOCS_BODY,
    hubId: BANDUNG,
    startTime: '2023-03-01 08:00:00',
    endTime: '2023-03-02 08:00:00',
    assignee: ['dewi.lestari@example.com'],
  });
  await create('pickup', {
    flow: 'Pickup',
    hubId: JAKARTA,
    requesterName: 'Loid',
    address: 'Jalan Braga 1',
    startTime: '2023-02-01 08:00:00',
    endTime: '2023-02-01 18:00:00',
    assignee: ['leandro@mile.app'],
  });
  await create('visit3', { ...DOCS_BODY, startTime: '2023-04-01 08:00:00', endTime: '2023-04-02 08:00:00' });
  // A task of the other organisation, which no query below may return.
  const other = await s.other('POST', '/task', {
    flow: 'Inspection',
    hubId: '64a0c11832c0de76065d8901',
    site: 'Tugu',
    priority: 'Low',
  });
  if (other.status !== 201) throw new Error(JSON.stringify(other.body));
});
afterAll(() => s.close());

describe('GET /tasks', () => {
  it('answers the documented shape: paginator under tasks, newest first', async () => {
    const r = await s.demo('GET', '/tasks');
    expect(r.status).toBe(200);
    const schema = responseSchema('Task', '/tasks', 'get', '200');
    expect(checkSchema(SPECS.Task, schema, r.body)).toEqual([]);
    // The docs' list items carry fields of tasks other flows made (assignee, title…): each item is
    // compared on the keys every task has.
    expect(checkExampleShape(exampleOf('Task', schema), r.body, ['$.dataVersion', '$.tasks.data'])).toEqual(
      [],
    );
    expect(r.body.tasks).toMatchObject({
      current_page: 1,
      per_page: 20,
      total: 4,
      from: 1,
      to: 4,
      last_page: 1,
      next_page_url: null,
      prev_page_url: null,
    });
    expect(r.body.tasks.path).toBe(`${s.api}/tasks`);
    expect(names(r.body.tasks.data)).toEqual(['visit3', 'pickup', 'visit2', 'visit1']);
    expect(r.body.metadata.counting).toEqual({ doneTotal: 0, ongoingTotal: 2 });
    // An assigned task with a title and content, like the docs' items (no vehicles here).
    const docsItem = (exampleOf('Task', schema) as { tasks: { data: unknown[] } }).tasks.data[0];
    const pickup = r.body.tasks.data.find((t: Task) => t._id === ids.pickup);
    expect(checkExampleShape(docsItem, pickup, ['$.assignedVehicle'])).toEqual([]);
  });

  it('pages with page and limit, keeping the other parameters in the links', async () => {
    const r = await s.demo('GET', '/tasks?limit=3&page=2&sortOrder=asc');
    expect(names(r.body.tasks.data)).toEqual(['visit3']);
    expect(r.body.tasks).toMatchObject({
      current_page: 2,
      last_page: 2,
      from: 4,
      to: 4,
      total: 4,
      per_page: 3,
    });
    expect(r.body.tasks.prev_page_url).toBe(`${s.api}/tasks?limit=3&sortOrder=asc&page=1`);
    expect(r.body.tasks.links.map((l: { label: string }) => l.label)).toEqual([
      '&laquo; Previous',
      '1',
      '2',
      'Next &raquo;',
    ]);
    const empty = await s.demo('GET', '/tasks?page=9');
    expect(empty.body.tasks).toMatchObject({ data: [], from: null, to: null, total: 4 });
  });

  it.each([
    ['flow=Pickup', ['pickup']],
    ['flow=Pickup,Visit&sortOrder=asc', ['visit1', 'visit2', 'pickup', 'visit3']],
    [`hubId=${BANDUNG}`, ['visit2']],
    ['status=ONGOING&sortOrder=asc', ['visit2', 'pickup']],
    ['status=unassigned&sortOrder=asc', ['visit1', 'visit3']],
    ['assignee=leandro@mile.app', ['pickup']],
    ['sortBy=startTime&sortOrder=asc', ['visit1', 'pickup', 'visit2', 'visit3']],
    ['sortBy=orderIndex&sortOrder=asc', ['visit1', 'visit2', 'pickup', 'visit3']],
    [
      'timeBy=startTime&timeFrom=2023-02-01 00:00:00&timeTo=2023-03-31 23:59:59&sortBy=startTime&sortOrder=asc',
      ['pickup', 'visit2'],
    ],
    ['timeBy=startTime&timeTo=2023-01-31&sortOrder=asc', ['visit1']],
    ['timeBy=createdTime&timeTo=2000-01-01 00:00:00', []],
  ])('%s', async (query, expected) => {
    expect(names(await list(query))).toEqual(expected);
  });

  it('filters by flowId and projects with fields', async () => {
    const visits = await list('flowId=634e98a98ce07d29474a7e40&fields=flow,status');
    expect(visits).toHaveLength(3);
    expect(visits[0]).toEqual({ _id: expect.any(String), flow: 'Visit', status: 'UNASSIGNED' });
  });

  it.each([
    ['page=0', 'page', 'task-009'],
    ['limit=1001', 'limit', 'task-009'],
    ['limit=ten', 'limit', 'task-009'],
    ['sortBy=title', 'sortBy', 'task-017'],
    ['sortOrder=up', 'sortOrder', 'task-017'],
    ['status=LOST', 'status', 'task-017'],
    ['timeBy=startTime&timeFrom=yesterday', 'timeFrom', 'task-008'],
    ['timeFrom=2023-01-01 00:00:00', 'timeBy', 'task-001'],
  ])('refuses %s with 400 naming %s', async (query, field, code) => {
    const r = await s.demo('GET', `/tasks?${query}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: false, failedCode: code });
    expect(r.body.errors[field]).toHaveLength(1);
  });
});

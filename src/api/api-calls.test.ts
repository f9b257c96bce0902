import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTask } from './create-task';
import { getFlowTask, flowHasPages } from './get-flow-task';
import { getFlows } from './get-flows';
import { getHubs } from './get-hubs';
import { getRecentTasks } from './get-tasks';
import { getTask } from './get-task';
import { getUsers } from './get-users';
import { ApiError } from './http';
import { createdTask, flowsPage, namedFlow, visitFlow } from './testing/fixtures';
import { api, server, TEST_CONNECTION, setupMswServer } from './testing/msw';

setupMswServer();

describe('getFlows', () => {
  it('reads every page of GET /flows and normalises each flow', async () => {
    const pages: string[] = [];
    server.use(
      http.get(api('/flows'), ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        pages.push(String(page));
        return HttpResponse.json(
          page === 1
            ? flowsPage([visitFlow, namedFlow('Delivery')], 1, 2)
            : flowsPage([namedFlow('Pickup')], 2, 2),
        );
      }),
    );
    const flows = await getFlows(TEST_CONNECTION);
    expect(pages).toEqual(['1', '2']);
    expect(flows.map((f) => f.spec.name)).toEqual(['Visit', 'Delivery', 'Pickup']);
    expect(flows[0]?.raw).toEqual(visitFlow);
    expect(flows[0]?.spec.fields[0]).toMatchObject({ id: 'field1', title: 'Customer name', required: true });
  });

  it('leaves out entries that are not flows instead of failing the list', async () => {
    server.use(
      http.get(api('/flows'), () => HttpResponse.json(flowsPage([{ nope: 1 }, namedFlow('Visit')]))),
    );
    expect((await getFlows(TEST_CONNECTION)).map((f) => f.spec.name)).toEqual(['Visit']);
  });
});

describe('getFlowTask (flows without pages)', () => {
  it('builds the form description from flowFields, options from format', async () => {
    server.use(
      http.get(api('/flow/My%20Pickup/task'), () =>
        HttpResponse.json({
          status: true,
          data: {
            flowName: 'My Pickup',
            flowFields: [
              { field: 'hubId', type: 'String', required: true },
              { field: 'requesterName', type: 'String', required: true },
              { field: 'packageType', type: 'String', required: false, format: ['Food', 'Document'] },
            ],
          },
        }),
      ),
    );
    const spec = await getFlowTask(TEST_CONNECTION, 'My Pickup');
    expect(spec.name).toBe('My Pickup');
    expect(spec.fields.map((f) => [f.id, f.kind])).toEqual([
      ['requesterName', 'text'],
      ['packageType', 'select'],
    ]);
    expect(flowHasPages({ name: 'x' })).toBe(false);
    expect(flowHasPages(visitFlow)).toBe(true);
  });
});

describe('hubs, users, tasks', () => {
  it('lists hubs from { data }', async () => {
    server.use(
      http.get(api('/hubs'), () =>
        HttpResponse.json({ status: true, data: [{ _id: 'h1', name: 'Jakarta' }, { x: 1 }] }),
      ),
    );
    expect(await getHubs(TEST_CONNECTION)).toEqual([{ _id: 'h1', name: 'Jakarta' }]);
  });

  it('asks for the active users of one hub and accepts a single object answer', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(api('/users'), ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ status: true, data: { _id: 'u1', name: 'Ayu', email: 'ayu@demo.test' } });
      }),
    );
    const users = await getUsers(TEST_CONNECTION, 'h1');
    expect(query?.get('hubId')).toBe('h1');
    expect(query?.get('status')).toBe('active');
    expect(users.map((u) => u.email)).toEqual(['ayu@demo.test']);
  });

  it('asks for the newest tasks first', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(api('/tasks'), ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ status: true, tasks: { current_page: 1, data: [createdTask] } });
      }),
    );
    const tasks = await getRecentTasks(TEST_CONNECTION, 5);
    expect(query?.get('sortBy')).toBe('createdTime');
    expect(query?.get('sortOrder')).toBe('desc');
    expect(query?.get('limit')).toBe('5');
    expect(tasks.map((t) => t._id)).toEqual([createdTask._id]);
  });

  it('reads one task and reports 404 as an ApiError', async () => {
    server.use(
      http.get(api('/task/t1'), () =>
        HttpResponse.json({ status: true, task: { ...createdTask, _id: 't1' } }),
      ),
      http.get(api('/task/missing'), () =>
        HttpResponse.json({ status: false, message: 'Data not found' }, { status: 404 }),
      ),
    );
    expect((await getTask(TEST_CONNECTION, 't1'))._id).toBe('t1');
    await expect(getTask(TEST_CONNECTION, 'missing')).rejects.toMatchObject({
      status: 404,
      message: 'Data not found',
    });
  });
});

describe('createTask', () => {
  it('posts the body and returns the created task', async () => {
    server.use(
      http.post(api('/task'), async ({ request }) =>
        HttpResponse.json(
          {
            status: true,
            message: 'Task has been created',
            task: { ...createdTask, ...((await request.json()) as object) },
          },
          { status: 201 },
        ),
      ),
    );
    const task = await createTask(TEST_CONNECTION, { flow: 'Visit', hubId: 'h1', field1: 'Ayu' });
    expect(task).toMatchObject({ _id: createdTask._id, field1: 'Ayu', hubId: 'h1' });
  });

  it('refuses a success answer without a task', async () => {
    server.use(http.post(api('/task'), () => HttpResponse.json({ status: true }, { status: 201 })));
    await expect(createTask(TEST_CONNECTION, {})).rejects.toBeInstanceOf(ApiError);
  });
});

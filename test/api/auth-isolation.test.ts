// Auth on every endpoint, and one organisation never sees or uses another's data, by id or by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  DEMO,
  DEMO_TOKEN,
  DOCS_BODY,
  JAKARTA,
  OTHER,
  OTHER_HUB,
  startServer,
  taskCount,
  type TestServer,
} from './harness';

let s: TestServer;
let demoTaskId: string;
let otherTaskId: string;
beforeAll(async () => {
  s = await startServer();
  demoTaskId = (await s.demo('POST', '/task', DOCS_BODY)).body.task._id;
  otherTaskId = (
    await s.other('POST', '/task', { flow: 'Inspection', hubId: OTHER_HUB, site: 'Tugu', priority: 'Low' })
  ).body.task._id;
});
afterAll(() => s.close());

const ENDPOINTS: [string, string, unknown?][] = [
  ['GET', '/flows'],
  ['GET', '/flow/634e98a98ce07d29474a7e40'],
  ['GET', '/flow/Visit/task'],
  ['GET', '/flow/Visit/fields'],
  ['GET', '/hubs'],
  ['GET', '/users'],
  ['POST', '/task', DOCS_BODY],
  ['POST', '/tasks/bulk/', { tasks: [DOCS_BODY] }],
  ['GET', '/tasks'],
  ['GET', '/task/000000000000000000000000'],
];

describe('authentication', () => {
  const UNAUTHENTICATED = { status: false, message: 'Unauthenticated.' };
  const variants: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['an unknown token', { authorization: 'Bearer not-a-token-of-anyone-here' }],
    ['a token without Bearer', { authorization: DEMO_TOKEN }],
    ['Basic auth', { authorization: `Basic ${Buffer.from(`roger:${DEMO_TOKEN}`).toString('base64')}` }],
    ['the token with a character changed', { authorization: `Bearer ${DEMO_TOKEN.slice(0, -1)}b` }],
    ['Bearer and nothing', { authorization: 'Bearer ' }],
  ];
  it.each(ENDPOINTS)('%s %s: 401 without a valid token, and nothing stored', async (method, path, body) => {
    const before = await taskCount(s.demo);
    for (const [what, headers] of variants) {
      const r = await s.anonymous(method, path, body, headers);
      expect(r.status, what).toBe(401);
      expect(r.body, what).toEqual(UNAUTHENTICATED);
    }
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('accepts the scheme in any case', async () => {
    const r = await client(s.api)('GET', '/hubs', undefined, { authorization: `bearer ${DEMO_TOKEN}` });
    expect(r.status).toBe(200);
  });
});

describe('organisation isolation', () => {
  it('lists show only the caller’s organisation', async () => {
    const flows = await s.other('GET', '/flows');
    expect(flows.body.flows.data.map((f: { name: string }) => f.name).sort()).toEqual([
      'Inspection',
      'Visit',
    ]);
    expect(
      flows.body.flows.data.every((f: { organizationId: string }) => f.organizationId === OTHER._id),
    ).toBe(true);
    const hubs = await s.other('GET', '/hubs');
    expect(hubs.body.data.map((h: { _id: string }) => h._id).sort()).toEqual(
      OTHER.hubs.map((h) => h._id).sort(),
    );
    const users = await s.other('GET', '/users');
    expect(users.body.data.map((u: { email: string }) => u.email)).not.toContain('leandro@mile.app');
    const tasks = await s.other('GET', '/tasks');
    expect(tasks.body.tasks.data.map((t: { _id: string }) => t._id)).toEqual([otherTaskId]);
  });

  it("another organisation's task id is not found", async () => {
    expect((await s.other('GET', `/task/${demoTaskId}`)).status).toBe(404);
    expect((await s.demo('GET', `/task/${otherTaskId}`)).body).toMatchObject({
      status: false,
      message: 'Data not found',
    });
  });

  it("another organisation's flow id and flow names are not found", async () => {
    const visit = DEMO.flows.find((f) => f.name === 'Visit')!;
    expect((await s.other('GET', `/flow/${visit._id}`)).status).toBe(404);
    expect((await s.demo('GET', `/flow/${OTHER.flows[1]!._id}`)).status).toBe(404);
    expect((await s.demo('GET', '/flow/Inspection/task')).status).toBe(404);
    expect((await s.demo('GET', '/flow/Inspection/fields')).status).toBe(404);
  });

  it('the same flow name means each organisation’s own flow', async () => {
    const own = await s.other('GET', '/flow/Visit/task');
    expect(own.body.data.flowFields.map((f: { field: string }) => f.field)).toContain('storeName');
    expect(own.body.data.bodyRequest.hubId).toBe(OTHER.hubs[0]!._id);
    // The demo organisation's Visit body is refused by the other organisation's Visit flow.
    const r = await s.other('POST', '/task', { ...DOCS_BODY, hubId: OTHER_HUB });
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveProperty('storeName');
    expect(r.body.errors).toHaveProperty('field1');
  });

  it("filters with another organisation's hub, flow or assignee find nothing", async () => {
    expect((await s.other('GET', `/tasks?hubId=${JAKARTA}`)).body.tasks.total).toBe(0);
    expect((await s.other('GET', '/tasks?flowId=634e98a98ce07d29474a7e40')).body.tasks.total).toBe(0);
    expect((await s.demo('GET', `/users?hubId=${OTHER_HUB}`)).body.data).toEqual([]);
  });

  it("another organisation's hub and flow cannot be used to create tasks, one or in bulk", async () => {
    const before = await taskCount(s.demo);
    const hub = await s.demo('POST', '/task', { ...DOCS_BODY, hubId: OTHER_HUB });
    expect(hub.status).toBe(400);
    expect(hub.body).toMatchObject({ failedCode: 'task-033', errors: { hubId: [expect.any(String)] } });
    const flow = await s.demo('POST', '/task', { flow: 'Inspection', hubId: JAKARTA, site: 'x' });
    expect(flow.body).toMatchObject({ failedCode: 'task-033', errors: { flow: [expect.any(String)] } });
    const bulk = await s.demo('POST', '/tasks/bulk/', { tasks: [{ ...DOCS_BODY, hubId: OTHER_HUB }] });
    expect(bulk.body).toMatchObject({ success: 0, failed: 1 });
    expect(await taskCount(s.demo)).toBe(before);
    // The refused names do not leak anything of the other organisation either.
    expect(JSON.stringify([hub.body, flow.body, bulk.body])).not.toMatch(/Yogyakarta|Nusantara|storeName/);
  });

  it("another organisation's users cannot be assigned", async () => {
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: ['joko@nusantara.example'] });
    expect(r.status).toBe(400);
    expect(r.body.failedCode).toBe('task-030');
  });
});

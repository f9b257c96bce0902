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
  OTHER_TOKEN,
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
  ['GET', '/import-config?referenceType=flow&referenceId=634e98a98ce07d29474a7e40'],
  [
    'POST',
    '/import-config',
    { name: 'x', referenceType: 'flow', referenceId: 'x', fields: [{ id: 'a', headerColumn: 'A' }] },
  ],
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

describe("every endpoint, called by organisation B with organisation A's ids, names and keys", () => {
  // Everything that identifies organisation A; none of it may reach B unless B sent it itself.
  const secretsOfA = () => [
    DEMO._id,
    ...DEMO.hubs.flatMap((h) => [h._id, h.name]),
    ...DEMO.flows.filter((f) => f.name !== 'Visit').flatMap((f) => [f._id, f.name]),
    ...DEMO.flows.filter((f) => f.name === 'Visit').map((f) => f._id),
    ...DEMO.users.flatMap((u) => [u._id, u.email, u.name]),
    demoTaskId,
    'Jack Ward',
  ];
  const visitA = DEMO.flows.find((f) => f.name === 'Visit')!._id;
  const deliveryA = DEMO.flows.find((f) => f.name === 'Delivery')!;
  const presetOfA = (name: string) => ({
    name,
    referenceType: 'flow',
    referenceId: visitA,
    fields: [{ id: 'field1', headerColumn: 'Jack Ward' }],
  });
  beforeAll(async () => {
    expect((await s.demo('POST', '/import-config', presetOfA('Jakarta'))).status).toBe(201);
  });

  // [method, path, body, what B must get]
  const calls = (): [string, string, unknown, number][] => [
    ['GET', '/flows', undefined, 200],
    ['GET', `/flows?fields=name,pages&limit=1000`, undefined, 200],
    ['GET', `/flow/${visitA}`, undefined, 404],
    ['GET', `/flow/${deliveryA._id}`, undefined, 404],
    ['GET', '/flow/Delivery/task', undefined, 404],
    ['GET', '/flow/Pickup/fields', undefined, 404],
    ['GET', '/hubs', undefined, 200],
    [`GET`, `/hubs?name=Jakarta`, undefined, 200],
    ['GET', '/users', undefined, 200],
    ['GET', `/users?hubId=${JAKARTA}&q=leandro`, undefined, 200],
    ['GET', '/tasks', undefined, 200],
    ['GET', `/tasks?hubId=${JAKARTA}&flowId=${visitA}&assignee=leandro@mile.app&limit=1000`, undefined, 200],
    ['GET', '/task/:taskOfA', undefined, 404],
    ['POST', '/task', DOCS_BODY, 400],
    ['POST', '/task', { flow: 'Delivery', hubId: OTHER_HUB, customerName: 'x' }, 400],
    [
      'POST',
      '/task',
      { flow: 'Visit', hubId: OTHER_HUB, storeName: 'x', assignee: ['leandro@mile.app'] },
      400,
    ],
    ['POST', '/tasks/bulk/', { tasks: [DOCS_BODY, { flow: 'Pickup', hubId: JAKARTA }] }, 201],
    ['GET', `/import-config?referenceType=flow&referenceId=${visitA}`, undefined, 200],
    [
      'POST',
      '/import-config',
      { ...presetOfA('Jakarta'), fields: [{ id: 'field1', headerColumn: 'Nama' }] },
      201,
    ],
  ];

  it('the table covers every route the server has', () => {
    const leaves = s.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter((l) => l.includes('('));
    // /flows, /flow/:id, /flow/:name/task, /flow/:name/fields, /hubs, /users, /task, /tasks, /tasks/bulk,
    // /task/:taskId, /import-config and the public /api/demo. A new route must be added to the table above.
    // The four /api/places routes (search, reverse, settings, link) answer in shared data too:
    // places.test.ts, places-providers.test.ts and places-link.test.ts check them. The two probes
    // /health/live and /health/ready answer no organisation's data (health.test.ts).
    expect(leaves).toHaveLength(18);
    const paths = new Set(
      calls().map(([m, p]) => `${m} ${p.split('?')[0]!.replace(/[0-9a-f]{24}/g, ':id')}`),
    );
    expect(paths.size).toBeGreaterThanOrEqual(10);
  });

  it.each(calls().map((c) => [`${c[0]} ${c[1]}`, ...c] as const))(
    '%s: the answer B gets holds nothing of A, and nothing of A changes',
    async (_name, method, template, body, expected) => {
      const path = template.replace(':taskOfA', demoTaskId);
      const beforeA = await taskCount(s.demo);
      const r = await s.other(method, path, body);
      expect(r.status).toBe(expected);
      const sent = `${path} ${JSON.stringify(body ?? '')}`;
      for (const secret of secretsOfA()) {
        if (sent.includes(secret)) continue; // B's own input may be echoed in an error message
        expect(r.text.includes(secret), `${secret} leaked`).toBe(false);
      }
      expect(await taskCount(s.demo)).toBe(beforeA);
    },
  );

  it("B's bulk request with A's hub creates nothing for A and nothing for B", async () => {
    const beforeB = await taskCount(s.other);
    const r = await s.other('POST', '/tasks/bulk/', {
      tasks: [DOCS_BODY, { ...DOCS_BODY, hubId: OTHER_HUB }],
    });
    expect(r.body).toMatchObject({ success: 0, failed: 2 });
    expect(await taskCount(s.other)).toBe(beforeB);
  });

  it("B reusing A's Idempotency-Key with A's body never gets A's answer", async () => {
    const key = 'shared-key-isolation';
    const a = await s.demo('POST', '/task', DOCS_BODY, { 'idempotency-key': key });
    expect(a.status).toBe(201);
    for (const path of ['/task', '/tasks/bulk/']) {
      const b = await s.other('POST', path, path === '/task' ? DOCS_BODY : { tasks: [DOCS_BODY] }, {
        'idempotency-key': key,
      });
      expect(b.headers.get('idempotent-replayed')).toBeNull();
      expect(b.text).not.toContain(a.body.task._id);
    }
    // And A's key still answers A with A's own task.
    const again = await s.demo('POST', '/task', DOCS_BODY, { 'idempotency-key': key });
    expect(again.text).toBe(a.text);
  });

  it("B's preset under A's flow id and name is B's own; A's stays as it was", async () => {
    await s.other('POST', '/import-config', {
      ...presetOfA('Jakarta'),
      fields: [{ id: 'f', headerColumn: 'B' }],
    });
    const a = await s.demo('GET', `/import-config?referenceType=flow&referenceId=${visitA}`);
    expect(a.body.data).toEqual([expect.objectContaining(presetOfA('Jakarta'))]);
    const b = await s.other('GET', `/import-config?referenceType=flow&referenceId=${visitA}`);
    expect(b.body.data.map((p: { fields: unknown }) => p.fields)).toEqual([[{ id: 'f', headerColumn: 'B' }]]);
  });

  it("A's token cannot be combined with B's ids either", async () => {
    expect((await s.demo('GET', `/task/${otherTaskId}`)).status).toBe(404);
    expect((await s.demo('GET', `/flow/${OTHER.flows[0]!._id}`)).status).toBe(404);
    const list = await s.demo('GET', `/tasks?hubId=${OTHER_HUB}&limit=1000`);
    expect(list.body.tasks.total).toBe(0);
    expect(list.text).not.toContain(otherTaskId);
  });
});

describe("one organisation's traffic never throttles another's", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ rateLimit: 50 });
  });
  afterAll(() => limited.close());

  it('while A is being refused with 429, all of B’s requests within its own limit pass', async () => {
    const a = client(limited.api, DEMO_TOKEN);
    const b = client(limited.api, OTHER_TOKEN);
    // A floods first, then both send at once: A's window is exhausted, B's is untouched.
    const flood = await Promise.all(Array.from({ length: 80 }, () => a('GET', '/hubs')));
    const both = await Promise.all([
      ...Array.from({ length: 20 }, () => a('GET', '/hubs')),
      ...Array.from({ length: 40 }, () =>
        b('POST', '/task', { flow: 'Inspection', hubId: OTHER_HUB, site: 'Tugu', priority: 'Low' }),
      ),
    ]);
    const refusedA = [...flood, ...both.slice(0, 20)].filter((r) => r.status === 429).length;
    expect(refusedA).toBeGreaterThan(0);
    expect(both.slice(20).map((r) => r.status)).toEqual(Array(40).fill(201));
  });
});

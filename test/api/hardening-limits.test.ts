// Issue 12, sizes: each value, each task, each body, each error answer and each organisation's storage
// has a limit, and whatever breaks one gets a short answer in MileApp's envelope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BODY, JAKARTA, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const KB = 1024;
const DELIVERY = {
  flow: 'Delivery',
  hubId: JAKARTA,
  customerName: 'Ana Wijaya',
  address: 'Jalan Sudirman 1, Jakarta',
  weight: '12.5',
  weight_unit: 'KG',
  deliveryType: 'Office',
  officeName: 'Menara BCA',
  receiverName: 'Budi',
};

describe('one task', () => {
  it('a value over 64 KB → 400 task-040 naming the field; 60 KB is fine', async () => {
    const before = await taskCount(s.demo);
    const big = await s.demo('POST', '/task', { ...DOCS_BODY, field2: 'x'.repeat(65 * KB) });
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ status: false, failedCode: 'task-040' });
    expect(Object.keys(big.body.errors)).toEqual(['field2']);
    expect(await taskCount(s.demo)).toBe(before);
    expect((await s.demo('POST', '/task', { ...DOCS_BODY, field2: 'x'.repeat(60 * KB) })).status).toBe(201);
  });

  it('a task that would be stored over 256 KB → 400 task-040, nothing stored', async () => {
    const before = await taskCount(s.demo);
    const v = 'y'.repeat(60 * KB);
    const body = { ...DELIVERY, customerName: v, address: v, officeName: v, receiverName: v };
    const r = await s.demo('POST', '/task', body);
    expect(r.status).toBe(400);
    expect(r.body, r.text.slice(0, 500)).toMatchObject({ status: false, failedCode: 'task-040' });
    expect(r.body.message).toMatch(/256 KB/);
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('POST /task takes far less than a bulk: 600 KB → 413 on /task, read on /tasks/bulk/', async () => {
    const filler = { ...DOCS_BODY, field2: 'z'.repeat(600 * KB) };
    const one = await s.demo('POST', '/task', filler);
    expect(one.status).toBe(413);
    expect(one.body).toMatchObject({ status: false, failedCode: 'sys-040' });
    const bulk = await s.demo('POST', '/tasks/bulk/', { tasks: [filler] });
    expect(bulk.status).toBe(201);
    expect(bulk.body.tasks[0]).toMatchObject({ status: false, failedCode: 'task-040' });
  });

  it('a key of 2 MB → a short 400 at once, the key cut in the answer', async () => {
    const key = 'aB'.repeat(1024 * KB);
    const t0 = Date.now();
    const r = await s.demo('POST', '/tasks/bulk/', `{"tasks":[{"flow":"Visit","${key}":1}]}`);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.status).toBe(201);
    expect(r.body.tasks[0]).toMatchObject({ status: false, failedCode: 'task-040' });
    expect(r.text.length).toBeLessThan(2 * KB);
  });

  it('190,000 assignees → 413, 20,000 → 400 task-040; repeats of one assignee are stored once', async () => {
    const assignees = (n: number) => Array.from({ length: n }, () => 'leandro@mile.app');
    expect((await s.demo('POST', '/task', { ...DOCS_BODY, assignee: assignees(190_000) })).status).toBe(413);
    const many = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: assignees(20_000) });
    expect(many.status).toBe(400);
    expect(many.body).toMatchObject({ failedCode: 'task-040', errors: { assignee: [expect.any(String)] } });
    const few = await s.demo('POST', '/task', {
      ...DOCS_BODY,
      assignee: ['leandro@mile.app', 'LEANDRO@mile.app', 'leandro@mile.app'],
    });
    expect(few.status).toBe(201);
    expect(few.body.task.assignee).toEqual(['leandro@mile.app']);
  });
});

describe('a bulk answer', () => {
  it('is never larger than the body that asked for it: errors listed up to 1,000, messages cut', async () => {
    const bad = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`unknownKey${i}`, 1]));
    const tasks = Array.from({ length: 2000 }, () => ({ flow: 'Visit', ...bad }));
    const body = JSON.stringify({ tasks });
    const r = await s.demo('POST', '/tasks/bulk/', body);
    expect(r.status).toBe(201);
    expect(r.body.failed).toBe(2000);
    const listed = r.body.tasks.reduce(
      (n: number, t: { errors: Record<string, string[]> }) =>
        n + Object.values(t.errors).reduce((m, e) => m + e.length, 0),
      0,
    );
    expect(listed).toBe(1000);
    for (const t of r.body.tasks) expect(t.message.length).toBeLessThanOrEqual(301);
    expect(r.text.length).toBeLessThan(body.length);
  });
});

describe("an organisation's quota", () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startServer({ quotaBytes: 8 * KB });
  });
  afterAll(() => small.close());

  it('refuses creates with 403 task-040 once the stored tasks reach it, in one task and in bulk', async () => {
    let created = 0;
    let refused;
    for (let i = 0; i < 20 && refused === undefined; i++) {
      const r = await small.demo('POST', '/task', DOCS_BODY);
      if (r.status === 201) created++;
      else refused = r;
    }
    expect(created).toBeGreaterThan(0);
    expect(refused?.status).toBe(403);
    expect(refused?.body).toMatchObject({ status: false, failedCode: 'task-040' });
    expect(refused?.body.message).toMatch(/quota/);
    const bulk = await small.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY] });
    expect(bulk.status).toBe(403);
    expect(await taskCount(small.demo)).toBe(created);
    // Another organisation's quota is its own.
    expect((await small.other('GET', '/tasks')).status).toBe(200);
  });
});

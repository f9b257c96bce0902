// The API over the PostgreSQL store (PGlite in this process): a representative round of what the
// SQLite-backed tests check in depth, so both engines answer the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, DEMO_TOKEN, DOCS_BODY, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ engine: 'pglite' });
}, 60_000);
afterAll(() => s?.close());

describe('the API on PostgreSQL', () => {
  it('is really on PostgreSQL', () => {
    expect(s.store?.engine).toBe('postgres');
  });

  it('creates a task, reads it back and lists it', async () => {
    const before = await taskCount(s.demo);
    const created = await s.demo('POST', '/task', DOCS_BODY);
    expect(created.status).toBe(201);
    const read = await s.demo('GET', `/task/${created.body.task._id}`);
    expect(read.body.task).toEqual(created.body.task);
    const list = await s.demo('GET', '/tasks?limit=5&sortBy=createdTime&sortOrder=desc');
    expect(list.body.tasks.total).toBe(before + 1);
    expect(list.body.tasks.data[0]._id).toBe(created.body.task._id);
    expect(await taskCount(s.other)).toBe(0);
  });

  it('replays an Idempotency-Key byte for byte and refuses it with another body', async () => {
    const key = { 'idempotency-key': `pg-${Date.now()}` };
    const before = await taskCount(s.demo);
    const first = await s.demo('POST', '/task', DOCS_BODY, key);
    const again = await s.demo('POST', '/task', DOCS_BODY, key);
    const other = await s.demo('POST', '/task', { ...DOCS_BODY, field1: 'Someone else' }, key);
    expect([first.status, again.status, other.status]).toEqual([201, 201, 409]);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('saves and lists import configs', async () => {
    const flowId = 'pg-flow';
    const body = {
      name: 'Weekly',
      referenceType: 'flow',
      referenceId: flowId,
      fields: [{ id: 'a', headerColumn: 'A' }],
    };
    expect((await s.demo('POST', '/import-config', body)).status).toBe(201);
    const list = await s.demo('GET', `/import-config?referenceType=flow&referenceId=${flowId}`);
    expect(list.body.data.map((c: { name: string }) => c.name)).toEqual(['Weekly']);
  });

  it('searches places by word prefixes: a past task first, then the shared cities', async () => {
    const places = client(`${s.url}/api/places`, DEMO_TOKEN);
    const r = await places<{ data: { name: string; source: string }[] }>('GET', '/search?q=jack%20wa');
    expect(r.status).toBe(200);
    expect(r.body.data[0]).toMatchObject({ name: 'Jack Ward', source: 'task' });
    const cities = await places<{ data: { name: string; source: string }[] }>('GET', '/search?q=jakar');
    expect(cities.body.data.some((p) => p.source === 'city' && p.name.includes('Jakarta'))).toBe(true);
  });
});

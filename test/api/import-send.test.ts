// The spreadsheet import's chunk against the real server (docs/decisions/042): the same 1,000 tasks
// sent twice under one key, as a retry or a reload sends them, create their tasks once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BODY, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('an import chunk sent twice under its key', () => {
  it('creates its 1,000 tasks once; the second answer is the first, byte for byte', async () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({
      ...DOCS_BODY,
      field1: `Customer ${i + 2}`,
      refId: `import-1:${i + 2}`,
    }));
    const before = await taskCount(s.demo);
    const key = { 'idempotency-key': '6f1c2d3e-4a5b-4c6d-8e7f-901234567890' };
    const first = await s.demo('POST', '/tasks/bulk/', { tasks }, key);
    const again = await s.demo('POST', '/tasks/bulk/', { tasks }, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ success: 1000, failed: 0 });
    expect(first.body.tasks[999]).toMatchObject({ status: true, refId: 'import-1:1001' });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(await taskCount(s.demo)).toBe(before + 1000);
    // a new key is a new request: the server creates again, which is why the app keeps each chunk's key
    await s.demo('POST', '/tasks/bulk/', { tasks: tasks.slice(0, 1) }, { 'idempotency-key': 'next' });
    expect(await taskCount(s.demo)).toBe(before + 1001);
  });
});

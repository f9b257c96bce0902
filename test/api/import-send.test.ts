// The spreadsheet import's chunk against the real server (docs/decisions/042): the web app's own bulk
// call, sent twice under one key as a retry or a reload would, creates its tasks once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTasksBulk } from '../../src/api/create-tasks-bulk';
import { DEMO_TOKEN, DOCS_BODY, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('an import chunk sent twice under its key', () => {
  it('creates its 1,000 tasks once; the second answer is the first, with the same ids', async () => {
    const conn = { baseUrl: s.api, token: DEMO_TOKEN };
    const tasks = Array.from({ length: 1000 }, (_, i) => ({
      ...DOCS_BODY,
      field1: `Customer ${i + 2}`,
      refId: `import-1:${i + 2}`,
    }));
    const before = await taskCount(s.demo);
    const key = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
    const first = await createTasksBulk(conn, tasks, { key });
    const again = await createTasksBulk(conn, tasks, { key });
    expect(first).toMatchObject({ success: 1000, failed: 0 });
    expect(first.tasks[999]).toMatchObject({ status: true, refId: 'import-1:1001' });
    expect(again).toEqual(first);
    expect(await taskCount(s.demo)).toBe(before + 1000);
    // a new key is a new request: the server creates again, which is why the app keeps each chunk's key
    await createTasksBulk(conn, tasks.slice(0, 1), { key: `${key}-next` });
    expect(await taskCount(s.demo)).toBe(before + 1001);
  });
});

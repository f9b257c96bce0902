// Idempotency-Key on POST /task and POST /tasks/bulk/ (docs/decisions/019): a repeat gets the first
// answer and creates nothing; another body under the same key gets 409; keys belong to one organisation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { client, DOCS_BODY, OTHER_HUB, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
let clock = new Date('2024-05-01T00:00:00Z').getTime();
beforeAll(async () => {
  s = await startServer({ now: () => new Date(clock) });
});
afterAll(() => s.close());

let n = 0;
const newKey = () => `test-key-${Date.now()}-${++n}`;
const keyed = (key: string) => ({ 'idempotency-key': key });
const CONFLICT = {
  status: false,
  message: 'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
  failedCode: 'sys-031',
};

describe('POST /task with Idempotency-Key', () => {
  it('the same key and body: the first answer again, byte for byte, and one task', async () => {
    const key = newKey();
    const before = await taskCount(s.demo);
    const first = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    const again = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('the same body with its keys in another order is the same request', async () => {
    const key = newKey();
    const first = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    const reordered = Object.fromEntries(Object.entries(DOCS_BODY).reverse());
    const again = await s.demo('POST', '/task', reordered, keyed(key));
    expect(again.status).toBe(201);
    expect(again.body.task._id).toBe(first.body.task._id);
  });

  it('the same key with another body: 409 in the MileApp envelope, nothing created', async () => {
    const key = newKey();
    await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    const before = await taskCount(s.demo);
    const other = await s.demo('POST', '/task', { ...DOCS_BODY, field1: 'Someone else' }, keyed(key));
    expect(other.status).toBe(409);
    expect(other.body).toEqual(CONFLICT);
    // An invalid body under a used key is a different request too: 409, not a validation answer.
    expect((await s.demo('POST', '/task', { flow: 5 }, keyed(key))).status).toBe(409);
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('without a key every POST creates a task (MileApp behaviour)', async () => {
    const before = await taskCount(s.demo);
    const a = await s.demo('POST', '/task', DOCS_BODY);
    const b = await s.demo('POST', '/task', DOCS_BODY);
    expect(a.body.task._id).not.toBe(b.body.task._id);
    expect(await taskCount(s.demo)).toBe(before + 2);
  });

  it('concurrent requests with one key: all get the same task, one is created', async () => {
    const key = newKey();
    const before = await taskCount(s.demo);
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => s.demo('POST', '/task', DOCS_BODY, keyed(key))),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body.task._id)).size).toBe(1);
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('a refused body is not remembered: the corrected body may use the same key', async () => {
    const key = newKey();
    const before = await taskCount(s.demo);
    const bad = await s.demo('POST', '/task', { ...DOCS_BODY, field1: undefined }, keyed(key));
    expect(bad.status).toBe(400);
    expect(await taskCount(s.demo)).toBe(before);
    const fixed = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(fixed.status).toBe(201);
    const again = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(again.body.task._id).toBe(fixed.body.task._id);
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it.each([
    ['256 characters', 'k'.repeat(256)],
    ['a space', 'two words'],
    ['a non-ASCII character', 'clé'],
  ])('a key with %s: 400 naming the header, nothing created', async (_what, key) => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      status: false,
      failedCode: 'sys-003',
      errors: { 'Idempotency-Key': [expect.any(String)] },
    });
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('a key is honoured for 24 hours, then it names a new request', async () => {
    const key = newKey();
    const start = clock;
    const first = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    clock = start + 24 * 3600_000 - 1;
    const within = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(within.body.task._id).toBe(first.body.task._id);
    clock = start + 24 * 3600_000 + 1;
    const after = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(after.status).toBe(201);
    expect(after.body.task._id).not.toBe(first.body.task._id);
    const again = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(again.body.task._id).toBe(after.body.task._id);
  });
});

describe('POST /tasks/bulk/ with Idempotency-Key', () => {
  const bulk = { tasks: [DOCS_BODY, { ...DOCS_BODY, field1: undefined }, { ...DOCS_BODY, refId: 'r-3' }] };

  it('the same key and body: the first answer (with its per-item results) again, nothing new', async () => {
    const key = newKey();
    const before = await taskCount(s.demo);
    const first = await s.demo('POST', '/tasks/bulk/', bulk, keyed(key));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ success: 2, failed: 1 });
    const again = await s.demo('POST', '/tasks/bulk/', bulk, keyed(key));
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await taskCount(s.demo)).toBe(before + 2);
  });

  it('another body, or the key of a POST /task: 409', async () => {
    const key = newKey();
    await s.demo('POST', '/tasks/bulk/', bulk, keyed(key));
    const other = await s.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY] }, keyed(key));
    expect(other.status).toBe(409);
    expect(other.body).toEqual(CONFLICT);
    const single = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    expect(single.status).toBe(409);
    const taskKey = newKey();
    await s.demo('POST', '/task', DOCS_BODY, keyed(taskKey));
    expect((await s.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY] }, keyed(taskKey))).status).toBe(409);
  });

  it('concurrent bulk requests with one key create the tasks once', async () => {
    const key = newKey();
    const before = await taskCount(s.demo);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => s.demo('POST', '/tasks/bulk/', bulk, keyed(key))),
    );
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(await taskCount(s.demo)).toBe(before + 2);
  });
});

describe('keys belong to one organisation', () => {
  it("another organisation's use of the same key is its own request, never the first one's answer", async () => {
    const key = newKey();
    const a = await s.demo('POST', '/task', DOCS_BODY, keyed(key));
    const otherBody = { flow: 'Inspection', hubId: OTHER_HUB, site: 'Tugu', priority: 'Low' };
    const b = await s.other('POST', '/task', otherBody, keyed(key));
    expect(b.status).toBe(201);
    expect(b.body.task._id).not.toBe(a.body.task._id);
    expect(b.text).not.toContain(a.body.task._id);
    // A's very body under the key B already used: B's own 409, never A's task.
    const copy = await s.other('POST', '/task', DOCS_BODY, keyed(key));
    expect(copy.status).toBe(409);
    expect(copy.text).not.toContain(a.body.task._id);
    const fresh = newKey();
    await s.demo('POST', '/task', DOCS_BODY, keyed(fresh));
    const bSame = await s.other('POST', '/task', DOCS_BODY, keyed(fresh));
    expect(bSame.status).toBe(400);
    expect(bSame.text).not.toMatch(/Jack Ward|"task"/);
  });
});

describe('two servers on one database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-idem-two-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two instances (two SQLite connections): requests with one key, spread over both, create one task', async () => {
    const a = await startServer({ dir });
    const b = await startServer({ dir });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).demo('POST', '/task', DOCS_BODY, keyed('two-servers')),
      ),
    );
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((r) => r.text)).size).toBe(1);
    expect(await taskCount(a.demo)).toBe(1);
    await a.close();
    await b.close();
  });

  it('two processes: the same key sent to both at once creates one task, for each of 40 keys', async () => {
    const options = {
      dir,
      env: { DATABASE: join(dir, 'two-processes.db'), LOG_LEVEL: 'silent', RATE_LIMIT: '0' },
    };
    const first = await startServerProcess(options);
    const second = await startServerProcess(options);
    try {
      const post = (srv: ServerProcess, key: string, n: number) =>
        client(srv.api, srv.token)(
          'POST',
          '/task',
          { ...DOCS_BODY, field1: `two-processes ${n}` },
          keyed(key),
        );
      const pairs = await Promise.all(
        Array.from({ length: 40 }, (_, n) =>
          Promise.all([post(first, `p-${n}`, n), post(second, `p-${n}`, n)]),
        ),
      );
      for (const [x, y] of pairs) {
        expect([x.status, y.status]).toEqual([201, 201]);
        expect(x.body.task._id).toBe(y.body.task._id);
      }
      expect(await taskCount(client(first.api, first.token))).toBe(40);
    } finally {
      await first.stop({ keep: true });
      await second.stop({ keep: true });
    }
  }, 60_000);
});

describe('keys survive a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-idem-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the same key after a restart on the same file gets the task created before it', async () => {
    const first = await startServer({ dir });
    const created = await first.demo('POST', '/task', DOCS_BODY, keyed('restart-key'));
    await first.close();
    const second = await startServer({ dir });
    const again = await second.demo('POST', '/task', DOCS_BODY, keyed('restart-key'));
    expect(again.text).toBe(created.text);
    expect(await taskCount(second.demo)).toBe(1);
    await second.close();
  });
});

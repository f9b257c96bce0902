// Group commit of POST /task (docs/decisions/023): the creates of one event-loop turn share one
// transaction. Idempotency-Keys stay exactly-once inside a batch, and one failing item fails alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/config';
import { fingerprint, newAnswer } from '../../server/http/idempotency';
import { loadOrganizationFile } from '../../server/seed/load';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { PendingCreate, PendingOutcome, Store, TaskDoc } from '../../server/store/types';
import { groupCommit } from '../../server/tasks/group-commit';
import { DEMO, DOCS_BODY, startServer, taskCount, type TestServer } from './harness';

const ORG = DEMO._id;
let n = 0;
const task = (over: Partial<TaskDoc> = {}): TaskDoc => ({
  _id: `gc-task-${++n}`,
  organizationId: ORG,
  flow: 'Visit',
  flowId: 'f',
  hubId: 'h',
  status: 'ONGOING',
  startTime: '2024-05-01T00:00:00Z',
  endTime: '2024-05-02T00:00:00Z',
  createdTime: '2024-05-01T00:00:00Z',
  orderIndex: n,
  ...over,
});

/** The batch sizes the store was asked to commit (the store's own method still does the work). */
function recordBatches(store: Store): number[] {
  const seen: number[] = [];
  const original = store.insertTaskBatch.bind(store);
  store.insertTaskBatch = (items) => {
    seen.push(items.length);
    return original(items);
  };
  return seen;
}

describe('groupCommit on a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-gc-'));
  let store: Store;
  beforeAll(async () => {
    store = await openSqliteStore(join(dir, 'gc.db'));
    await loadOrganizationFile(store, DEFAULT_SEED);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const now = Date.parse('2024-05-01T00:00:00Z');
  const keyedItem = (key: string, body: unknown, t = task()): PendingCreate => {
    const keyed = { organizationId: ORG, key, fingerprint: fingerprint('POST /task', body) };
    return { task: t, answer: newAnswer(keyed, 201, JSON.stringify({ task: t }), now) };
  };

  it('the adds of one turn are one insertTaskBatch call, and each resolves after it', async () => {
    const batches = recordBatches(store);
    const commits = groupCommit(store);
    const tasks = [task(), task(), task()];
    const done = await Promise.all(tasks.map((t) => commits.add({ task: t })));
    expect(done).toEqual([undefined, undefined, undefined]);
    expect(batches).toEqual([3]);
    for (const t of tasks) expect((await store.getTask(ORG, t._id))?._id).toBe(t._id);
  });

  it('max 1: every add is its own transaction, committed at once', async () => {
    const batches = recordBatches(store);
    const commits = groupCommit(store, { max: 1 });
    await Promise.all([commits.add({ task: task() }), commits.add({ task: task() })]);
    expect(batches).toEqual([1, 1]);
  });

  it('one key twice in one batch: one task, the second gets the first answer', async () => {
    const commits = groupCommit(store);
    const first = keyedItem('gc-same', DOCS_BODY);
    const second = keyedItem('gc-same', DOCS_BODY);
    const [a, b] = await Promise.all([commits.add(first), commits.add(second)]);
    expect(a).toBeUndefined();
    expect(b?.response).toBe(first.answer!.response);
    expect(b?.fingerprint.equals(first.answer!.fingerprint)).toBe(true);
    expect(await store.getTask(ORG, first.task._id)).toBeDefined();
    expect(await store.getTask(ORG, second.task._id)).toBeUndefined();
  });

  it('one key with another body in the same batch: the first answer, whose fingerprint differs (→ 409)', async () => {
    const commits = groupCommit(store);
    const first = keyedItem('gc-other', DOCS_BODY);
    const second = keyedItem('gc-other', { ...DOCS_BODY, field1: 'Someone else' });
    const [, b] = await Promise.all([commits.add(first), commits.add(second)]);
    expect(b?.fingerprint.equals(second.answer!.fingerprint)).toBe(false);
    expect(await store.getTask(ORG, second.task._id)).toBeUndefined();
  });

  it('an item that fails (duplicate _id) fails alone; its key answer is not kept; the others commit', async () => {
    const commits = groupCommit(store);
    const existing = task();
    await commits.add({ task: existing });
    const before = task();
    const clash = keyedItem('gc-clash', DOCS_BODY, task({ _id: existing._id }));
    const plainClash = task({ _id: existing._id });
    const after = keyedItem('gc-after', DOCS_BODY);
    const results = await Promise.allSettled([
      commits.add({ task: before }),
      commits.add(clash),
      commits.add({ task: plainClash }),
      commits.add(after),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint/);
    expect(await store.getTask(ORG, before._id)).toBeDefined();
    expect(await store.getTask(ORG, after.task._id)).toBeDefined();
    expect(await store.findIdempotentAnswer(ORG, 'gc-clash', 0)).toBeUndefined();
    expect(await store.findIdempotentAnswer(ORG, 'gc-after', 0)).toBeDefined();
    // The same key may be used again: nothing of the failed item was kept.
    expect(await commits.add(keyedItem('gc-clash', DOCS_BODY))).toBeUndefined();
  });

  it('when the transaction itself fails, every add of the batch rejects', async () => {
    const failing = {
      ...store,
      insertTaskBatch: async (): Promise<PendingOutcome[]> => {
        throw new Error('database is locked');
      },
    };
    const commits = groupCommit(failing);
    const results = await Promise.allSettled([commits.add({ task: task() }), commits.add({ task: task() })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('POST /task: requests of one batch over HTTP', () => {
  let s: TestServer;
  const serverErrors: unknown[] = [];
  beforeAll(async () => {
    // A 30 ms window instead of one event-loop turn, so that requests sent together surely share a batch.
    s = await startServer({
      createBatch: { schedule: (flush) => void setTimeout(flush, 30) },
      onServerError: (e) => void serverErrors.push(e),
    });
  });
  afterAll(() => s.close());

  it('concurrent requests with one Idempotency-Key: one task, every answer the same 201 body', async () => {
    const batches = recordBatches(s.store!);
    const before = await taskCount(s.demo);
    const key = `gc-http-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => s.demo('POST', '/task', DOCS_BODY, { 'idempotency-key': key })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await taskCount(s.demo)).toBe(before + 1);
    // The requests did share batches (else this would only repeat idempotency.test.ts).
    expect(Math.max(...batches)).toBeGreaterThan(1);
  });

  it('one key with two bodies in one batch: one 201, one 409', async () => {
    const key = `gc-http-other-${Date.now()}`;
    const [a, b] = await Promise.all([
      s.demo('POST', '/task', DOCS_BODY, { 'idempotency-key': key }),
      s.demo('POST', '/task', { ...DOCS_BODY, field1: 'Someone else' }, { 'idempotency-key': key }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });

  it('a request whose row fails, and an invalid one, do not affect the others of the batch', async () => {
    const existing = await s.demo('POST', '/task', DOCS_BODY);
    const store = s.store!;
    const original = store.insertTaskBatch.bind(store);
    const batches: number[] = [];
    // The row of the request marked 'clash' collides with an existing task's _id.
    store.insertTaskBatch = (items) => {
      batches.push(items.length);
      return original(
        items.map((p) =>
          p.task.field1 === 'clash' ? { ...p, task: { ...p.task, _id: existing.body.task._id } } : p,
        ),
      );
    };
    try {
      const before = await taskCount(s.demo);
      const bodies = [
        { ...DOCS_BODY, field1: 'one' },
        { ...DOCS_BODY, field1: 'clash' },
        { ...DOCS_BODY, field1: undefined },
        { ...DOCS_BODY, field1: 'two' },
      ];
      const answers = await Promise.all(bodies.map((b) => s.demo('POST', '/task', b)));
      expect(answers.map((a) => a.status)).toEqual([201, 500, 400, 201]);
      expect(answers[1]!.body).toMatchObject({ status: false, failedCode: 'sys-045' });
      expect(batches).toEqual([3]);
      expect(await taskCount(s.demo)).toBe(before + 2);
      for (const a of [answers[0]!, answers[3]!]) {
        const stored = await s.demo('GET', `/task/${a.body.task._id}`);
        expect(stored.body.task).toEqual(a.body.task);
      }
      expect(String(serverErrors.at(-1))).toMatch(/UNIQUE constraint/);
    } finally {
      store.insertTaskBatch = original;
    }
  });
});

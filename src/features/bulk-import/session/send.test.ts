import { delay, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupMswServer, TEST_CONNECTION } from '../../../api/testing/msw';
import { FAST_BULK } from '../../../api/testing/retry';
import { sendRows, type SendDeps, type SendProgress } from './send';
import { openImportStore, type ImportStore } from './store';
import { fakeBulkServer, freshImportDbPerTest, rowsFor, sessionFor, sheetRowsOf } from './testing';
import { rowRefId, type ImportSession } from './types';

setupMswServer();
freshImportDbPerTest();

const ACCOUNT = 'account-a';

function setup(count: number, patch: Partial<ImportSession> = {}) {
  const rows = rowsFor(count);
  const session = sessionFor(ACCOUNT, { rows: sheetRowsOf(rows), ...patch });
  const store = openImportStore();
  const progress: SendProgress[] = [];
  const deps = (more: Partial<SendDeps> = {}): SendDeps => ({
    conn: TEST_CONNECTION,
    store,
    policy: FAST_BULK,
    onProgress: (p) => progress.push(p),
    ...more,
  });
  return { rows, session, store, progress, deps };
}

const error500 = () =>
  HttpResponse.json({ status: false, message: 'Internal server error' }, { status: 500 });

describe('sendRows', () => {
  it('sends 2,500 rows in chunks of at most 1,000, each under its own key, and keeps every result', async () => {
    const { rows, session, store, deps } = setup(2500);
    const fake = fakeBulkServer();
    const done = await sendRows(session, rows, deps());
    expect(fake.requests.map((r) => r.refIds.length)).toEqual([1000, 1000, 500]);
    expect(new Set(fake.requests.map((r) => r.key)).size).toBe(3);
    expect(fake.requests.every((r) => /^[0-9a-f-]{36}$/.test(r.key ?? ''))).toBe(true);
    expect([...fake.created.values()].every((n) => n === 1)).toBe(true);
    expect(fake.created.size).toBe(2500);
    expect(Object.values(done.results).filter((r) => r.ok)).toHaveLength(2500);
    expect(done.results[2]).toEqual({ ok: true, taskId: 'task-1' });
    expect(done.step).toBe('done');
    expect(done.chunks.map((c) => c.state)).toEqual(['answered', 'answered', 'answered']);
    expect(await store.load(session.id)).toEqual(done);
  });

  it("saves each chunk's key, lines and bodies before its request goes out", async () => {
    const { rows, session, deps } = setup(1500);
    const savedWhenAsked: unknown[] = [];
    fakeBulkServer(async (_n, req) => {
      // what another tab (or this one after a reload) would find at the moment the request arrives
      const kept = await openImportStore().load(session.id);
      const chunk = kept?.chunks.find((c) => c.key === req.key);
      savedWhenAsked.push(
        chunk && {
          state: chunk.state,
          lines: chunk.lines.length,
          sent: JSON.stringify({ tasks: chunk.bodies }) === req.text,
        },
      );
      return undefined;
    });
    await sendRows(session, rows, deps());
    expect(savedWhenAsked).toEqual([
      { state: 'sending', lines: 1000, sent: true },
      { state: 'sending', lines: 500, sent: true },
    ]);
  });

  it('gives each task its row reference and maps answers back by it, in any order', async () => {
    const { rows, session, deps } = setup(3);
    fakeBulkServer(async (_n, req) =>
      HttpResponse.json(
        {
          success: 2,
          failed: 1,
          tasks: [
            { status: true, message: 'Task has been created', _id: 'for-4', refId: req.refIds[2] },
            {
              status: false,
              message: 'The Phone is not valid.',
              errors: { field2: ['bad'] },
              refId: req.refIds[0],
            },
            { status: true, message: 'Task has been created', _id: 'for-3', refId: req.refIds[1] },
          ],
        },
        { status: 201 },
      ),
    );
    const done = await sendRows(session, rows, deps());
    expect(done.results).toEqual({
      2: { ok: false, message: 'The Phone is not valid.', errors: { field2: ['bad'] } },
      3: { ok: true, taskId: 'for-3' },
      4: { ok: true, taskId: 'for-4' },
    });
    expect(done.chunks[0]!.lines).toEqual([2, 3, 4]);
    expect(rowRefId(session, 3)).toBe(`${session.id}:3`);
  });

  it('falls back to the place in the request when the server echoes no refId', async () => {
    const { rows, session, deps } = setup(2);
    fakeBulkServer(async () =>
      HttpResponse.json(
        {
          success: 2,
          failed: 0,
          tasks: [
            { status: true, message: 'ok', _id: 'a' },
            { status: true, message: 'ok', _id: 'b' },
          ],
        },
        { status: 201 },
      ),
    );
    const done = await sendRows(session, rows, deps());
    expect(done.results).toEqual({ 2: { ok: true, taskId: 'a' }, 3: { ok: true, taskId: 'b' } });
  });

  it('a 500, then an answer: the same chunk again under the same key, byte for byte; every task once', async () => {
    const { rows, session, deps } = setup(10);
    const fake = fakeBulkServer(async (n) => (n === 1 ? error500() : undefined));
    const done = await sendRows(session, rows, deps());
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.key).toBe(fake.requests[0]!.key);
    expect(fake.requests[1]!.text).toBe(fake.requests[0]!.text);
    expect(fake.created.size).toBe(10);
    expect(Object.values(done.results).every((r) => r.ok)).toBe(true);
  });

  it('a request that never answers times out and is asked again under the same key', async () => {
    const { rows, session, progress, deps } = setup(5);
    const fake = fakeBulkServer(async (n) => {
      if (n === 1) await delay('infinite');
      return undefined;
    });
    const done = await sendRows(session, rows, deps({ timeoutMs: 100 }));
    expect(fake.requests.map((r) => r.key)).toEqual([fake.requests[0]!.key, fake.requests[0]!.key]);
    expect(Object.values(done.results).filter((r) => r.ok)).toHaveLength(5);
    expect(progress.some((p) => p.state === 'waiting' && p.waitingFor === 'no-answer')).toBe(true);
  });

  it('waits out a 429 for as long as its Retry-After says, showing the wait, then goes on', async () => {
    const { rows, session, progress, deps } = setup(5);
    const at: number[] = [];
    const fake = fakeBulkServer(async (n) => {
      at.push(Date.now());
      return n === 1
        ? HttpResponse.json(
            { status: false, message: 'Too many requests', failedCode: 'sys-036' },
            { status: 429, headers: { 'Retry-After': '1' } },
          )
        : undefined;
    });
    const done = await sendRows(session, rows, deps());
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.key).toBe(fake.requests[0]!.key);
    // the fast test policy backs off in milliseconds: only the header can have made it wait a second
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(950);
    expect(progress).toContainEqual(
      expect.objectContaining({ state: 'waiting', waitingFor: 'rate-limit', waitingSeconds: 1 }),
    );
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 5, created: 5 });
    expect(Object.keys(done.results)).toHaveLength(5);
  });

  it('a 400 refusing the whole request gives every row of that chunk its message; the next chunk goes on', async () => {
    const { rows, session, deps } = setup(5);
    fakeBulkServer(async (n) =>
      n === 1
        ? HttpResponse.json(
            {
              status: false,
              message: 'The tasks must be an array.',
              failedCode: 'task-011',
              errors: { tasks: ['The tasks must be an array.'] },
            },
            { status: 400 },
          )
        : undefined,
    );
    const done = await sendRows(session, rows, deps({ chunkSize: 3 }));
    for (const line of [2, 3, 4])
      expect(done.results[line]).toEqual({
        ok: false,
        message: 'The tasks must be an array.',
        errors: { tasks: ['The tasks must be an array.'] },
      });
    expect(done.results[5]).toMatchObject({ ok: true });
    expect(done.results[6]).toMatchObject({ ok: true });
  });

  it('never sends a row that was created, even when it is given again; failed rows go again', async () => {
    const { rows, session, deps } = setup(4);
    const bad = rows.map((r) => (r.line === 3 ? { ...r, body: { ...r.body, field1: 'bad' } } : r));
    const fake = fakeBulkServer();
    const first = await sendRows(session, bad, deps());
    expect(first.results[3]).toMatchObject({ ok: false });
    const second = await sendRows(first, rows, deps());
    expect(fake.requests[1]!.refIds).toEqual([rowRefId(session, 3)]);
    expect(fake.requests[1]!.key).not.toBe(fake.requests[0]!.key);
    expect(Object.values(second.results).every((r) => r.ok)).toBe(true);
    expect(second.step).toBe('done');
    expect([...fake.created.values()].every((n) => n === 1)).toBe(true);
  });

  it('after a reload it re-sends only the unanswered chunk, with its key and bodies, then the rest', async () => {
    const { rows, session, deps } = setup(2500);
    const tab = new AbortController();
    const fake = fakeBulkServer(async (n) => {
      if (n !== 2) return undefined;
      // the tab is closed while the second chunk is on its way: the server never answers it
      tab.abort();
      await delay('infinite');
      return undefined;
    });
    await sendRows(session, rows, deps({ signal: tab.signal }));
    expect(fake.requests).toHaveLength(2);

    // a reload: a new store over the same database, the session found again, sendRows given every row
    const reloaded: ImportStore = openImportStore();
    const found = await reloaded.latest(ACCOUNT);
    expect(found?.chunks.map((c) => c.state)).toEqual(['answered', 'sending']);
    const done = await sendRows(found!, rows, { ...deps(), store: reloaded });
    const [, interrupted, resent, rest] = fake.requests;
    expect(resent!.key).toBe(interrupted!.key);
    expect(resent!.text).toBe(interrupted!.text);
    expect(rest!.refIds).toHaveLength(500);
    expect(fake.requests).toHaveLength(4);
    expect(fake.created.size).toBe(2500);
    expect([...fake.created.values()].every((n) => n === 1)).toBe(true);
    expect(Object.values(done.results).filter((r) => r.ok)).toHaveLength(2500);
    expect(await reloaded.latest(ACCOUNT)).toBeUndefined();
  });

  it('cancel stops after the chunk on its way: the rest is not sent and the import says stopped', async () => {
    const { rows, session, progress, deps } = setup(3000);
    const cancel = new AbortController();
    const fake = fakeBulkServer();
    const done = await sendRows(session, rows, {
      ...deps({ signal: cancel.signal }),
      onSession: (s) => {
        if (Object.keys(s.results).length === 1000) cancel.abort();
      },
    });
    expect(fake.requests).toHaveLength(1);
    expect(Object.keys(done.results)).toHaveLength(1000);
    expect(progress.at(-1)).toMatchObject({ state: 'stopped', done: 1000, total: 3000 });
  });

  it('a refused token stops the import with the reason; the chunk stays to be sent under its key', async () => {
    const { rows, session, progress, deps } = setup(5);
    const fake = fakeBulkServer(async (n) =>
      n === 1
        ? HttpResponse.json({ status: false, message: 'Unauthenticated.' }, { status: 401 })
        : undefined,
    );
    const stopped = await sendRows(session, rows, deps());
    expect(progress.at(-1)).toMatchObject({ state: 'error', error: 'Unauthenticated.' });
    expect(stopped.chunks.map((c) => c.state)).toEqual(['sending']);
    await sendRows(stopped, rows, deps());
    expect(fake.requests.map((r) => r.key)).toEqual([fake.requests[0]!.key, fake.requests[0]!.key]);
    expect(fake.created.size).toBe(5);
  });

  it('an answer without a result per task stops the import; the chunk keeps its key for the next send', async () => {
    const { rows, session, progress, deps } = setup(3);
    const fake = fakeBulkServer(async (n) =>
      n === 1 ? HttpResponse.json({ status: true, message: 'Accepted' }, { status: 201 }) : undefined,
    );
    const stopped = await sendRows(session, rows, deps());
    expect(progress.at(-1)).toMatchObject({
      state: 'error',
      error: 'The server answered without a result for each task',
    });
    expect(stopped.results).toEqual({});
    const done = await sendRows(stopped, rows, deps());
    expect(fake.requests.map((r) => r.key)).toEqual([fake.requests[0]!.key, fake.requests[0]!.key]);
    expect(Object.values(done.results).filter((r) => r.ok)).toHaveLength(3);
  });

  it('reports rows done, the rate and the time left as chunks are answered', async () => {
    const { rows, session, progress, deps } = setup(2000);
    fakeBulkServer();
    await sendRows(session, rows, deps());
    const afterFirst = progress.find((p) => p.done === 1000)!;
    expect(afterFirst).toMatchObject({ total: 2000, created: 1000, failed: 0, state: 'sending' });
    expect(afterFirst.rowsPerSecond).toBeGreaterThan(0);
    expect(afterFirst.secondsLeft).toBeCloseTo(1000 / afterFirst.rowsPerSecond!, 5);
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 2000, secondsLeft: 0 });
  });
});

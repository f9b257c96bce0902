import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { accountOf } from '../../api/account';
import { OUTBOX_POLICY } from '../../api/retry-policy';
import { openOutboxDb } from './outbox-db';
import { createRunner, enqueue } from './outbox-runner';
import { createOutbox, sharedOutbox } from './outbox-store';
import { entryFor, freshOutboxPerTest } from './testing';

setupMswServer();
freshOutboxPerTest();

interface Seen {
  key: string | null;
  body: unknown;
}

function answer(respond: (n: number) => Response): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.post(api('/task'), async ({ request }) => {
      seen.push({ key: request.headers.get('idempotency-key'), body: await request.json() });
      return respond(seen.length);
    }),
  );
  return seen;
}

const created = (id: string) => HttpResponse.json({ status: true, task: { _id: id } }, { status: 201 });

async function setup() {
  const outbox = await sharedOutbox();
  const account = await accountOf(TEST_CONNECTION);
  return { outbox, account, runner: createRunner(outbox, TEST_CONNECTION, account) };
}

describe('outbox runner', () => {
  it('sends each waiting entry with its own key and body, and marks it created', async () => {
    const { outbox, runner } = await setup();
    const a = await entryFor(TEST_CONNECTION);
    const b = await entryFor(TEST_CONNECTION);
    await outbox.put(a);
    await outbox.put(b);
    const seen = answer((n) => created(`task-${n}`));
    await runner.flush();
    expect(seen).toEqual([
      { key: a.id, body: a.body },
      { key: b.id, body: b.body },
    ]);
    expect(outbox.get(a.id)).toMatchObject({ state: 'created', taskId: 'task-1' });
    expect(outbox.get(b.id)).toMatchObject({ state: 'created', taskId: 'task-2' });
    expect(outbox.get(a.id)?.reason).toBeUndefined();
  });

  it('a 400 fails the entry with the field messages; the next one is still sent', async () => {
    const { outbox, runner } = await setup();
    const a = await entryFor(TEST_CONNECTION);
    const b = await entryFor(TEST_CONNECTION);
    await outbox.put(a);
    await outbox.put(b);
    answer((n) =>
      n === 1
        ? HttpResponse.json(
            { status: false, message: 'Invalid', errors: { field2: ['The Address field is required.'] } },
            { status: 400 },
          )
        : created('task-2'),
    );
    await runner.flush();
    expect(outbox.get(a.id)).toMatchObject({
      state: 'failed',
      reason: { kind: 'rejected', status: 400, errors: { field2: ['The Address field is required.'] } },
    });
    expect(outbox.get(b.id)).toMatchObject({ state: 'created' });
  });

  it('no answer: the entry waits with the reason and a later try; the rest is not tried now', async () => {
    const { outbox, runner } = await setup();
    const a = await entryFor(TEST_CONNECTION, { tries: 1 });
    const b = await entryFor(TEST_CONNECTION);
    await outbox.put(a);
    await outbox.put(b);
    const seen = answer(() => HttpResponse.error());
    const before = Date.now();
    await runner.flush();
    expect(seen.map((s) => s.key)).toEqual([a.id]);
    const after = outbox.get(a.id)!;
    expect(after).toMatchObject({ state: 'waiting', tries: 2, reason: { kind: 'network' } });
    expect(after.nextTryAt).toBeGreaterThanOrEqual(before + 8_000);
    expect(outbox.get(b.id)).toMatchObject({ state: 'waiting', tries: 1 });
    // a is not due yet: a timer tick tries only b; a forced flush (online event, "Send now") tries a too
    await runner.flush();
    expect(seen.map((s) => s.key)).toEqual([a.id, b.id]);
    await runner.flush(true);
    expect(seen.map((s) => s.key)).toEqual([a.id, b.id, a.id]);
  });

  it('a 5xx waits too, but does not hold back the other entries', async () => {
    const { outbox, runner } = await setup();
    const a = await entryFor(TEST_CONNECTION);
    const b = await entryFor(TEST_CONNECTION);
    await outbox.put(a);
    await outbox.put(b);
    answer((n) => (n === 1 ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : created('t2')));
    await runner.flush();
    expect(outbox.get(a.id)).toMatchObject({ state: 'waiting', reason: { kind: 'server', status: 500 } });
    expect(outbox.get(b.id)).toMatchObject({ state: 'created' });
  });

  it('takes its waits from the schedule it is given: a 429 and a 503 wait as it says', async () => {
    const { outbox, account } = await setup();
    const schedule = { ...OUTBOX_POLICY, baseDelayMs: 1000, jitter: 0, rateLimited: 7000 };
    const runner = createRunner(outbox, TEST_CONNECTION, account, { schedule });
    const a = await entryFor(TEST_CONNECTION, { tries: 2 });
    const b = await entryFor(TEST_CONNECTION);
    await outbox.put(a);
    await outbox.put(b);
    answer((n) =>
      n === 1
        ? HttpResponse.json({ message: 'down' }, { status: 503 })
        : HttpResponse.json({ message: 'slow down' }, { status: 429 }),
    );
    const before = Date.now();
    await runner.flush();
    const after = Date.now();
    // a: its third failed try, 1 s doubled twice; b: the fixed wait of a rate limit
    expect(outbox.get(a.id)!.nextTryAt - before).toBeGreaterThanOrEqual(4000);
    expect(outbox.get(a.id)!.nextTryAt - after).toBeLessThanOrEqual(4000);
    expect(outbox.get(b.id)).toMatchObject({ state: 'waiting', reason: { kind: 'rateLimited' } });
    expect(outbox.get(b.id)!.nextTryAt - before).toBeGreaterThanOrEqual(7000);
    expect(outbox.get(b.id)!.nextTryAt - after).toBeLessThanOrEqual(7000);
  });

  it('sends again, with the same key, an entry a crashed tab left "sending"', async () => {
    const { outbox, runner } = await setup();
    const a = await entryFor(TEST_CONNECTION, { state: 'sending', nextTryAt: Date.now() + 60_000 });
    await outbox.put(a);
    const seen = answer(() => created('task-1'));
    await runner.flush(true);
    expect(seen).toEqual([{ key: a.id, body: a.body }]);
    expect(outbox.get(a.id)).toMatchObject({ state: 'created' });
  });

  it('leaves alone an entry taken into the form, even one taken while the run was under way', async () => {
    const { outbox, runner } = await setup();
    const held = await entryFor(TEST_CONNECTION, { state: 'editing' });
    const first = await entryFor(TEST_CONNECTION);
    const late = await entryFor(TEST_CONNECTION);
    for (const e of [held, first, late]) await outbox.put(e);
    const keys: (string | null)[] = [];
    server.use(
      http.post(api('/task'), async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        // while the first is being sent, the person opens `late` in the form
        await outbox.update(late.id, { state: 'editing' });
        return created('task-1');
      }),
    );
    await runner.flush(true);
    expect(keys).toEqual([first.id]);
    expect(outbox.get(held.id)).toMatchObject({ state: 'editing' });
    expect(outbox.get(late.id)).toMatchObject({ state: 'editing' });
  });

  it("never sends another account's entries with this token", async () => {
    const { outbox, runner } = await setup();
    const other = await entryFor({ baseUrl: TEST_CONNECTION.baseUrl, token: 'someone-else' });
    await outbox.put(other);
    const seen = answer(() => created('x'));
    await runner.flush(true);
    expect(seen).toHaveLength(0);
    expect(outbox.get(other.id)).toMatchObject({ state: 'waiting' });
  });

  it('does nothing while the browser is offline', async () => {
    const { outbox, runner } = await setup();
    await outbox.put(await entryFor(TEST_CONNECTION));
    const seen = answer(() => created('x'));
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await runner.flush(true);
    } finally {
      offline.mockRestore();
    }
    expect(seen).toHaveLength(0);
  });
});

describe('outbox storage', () => {
  it('keeps a queued entry in IndexedDB: a new page (new outbox over the same database) finds it', async () => {
    const outbox = await sharedOutbox();
    const account = await accountOf(TEST_CONNECTION);
    const entry = await enqueue(outbox, TEST_CONNECTION, account, {
      key: 'k-1',
      flow: 'Visit',
      label: 'Jack',
      body: { flow: 'Visit', field1: 'Jack' },
      snapshot: { values: { field1: 'Jack' }, hubId: 'h', assignee: [], startTime: '', endTime: '' },
    });
    expect(entry).toMatchObject({ id: 'k-1', state: 'waiting', account });
    // first tried from the outbox one first wait of its schedule (5 s ± 20 %) later
    expect(entry.nextTryAt - entry.queuedAt).toBeGreaterThanOrEqual(4000);
    expect(entry.nextTryAt - entry.queuedAt).toBeLessThanOrEqual(6000);
    const reloaded = await createOutbox(await openOutboxDb());
    expect(reloaded.persistent).toBe(true);
    expect(reloaded.entries()).toEqual([entry]);
    reloaded.close();
  });

  it('never stores the token', async () => {
    const outbox = await sharedOutbox();
    await outbox.put(await entryFor(TEST_CONNECTION));
    const stored = JSON.stringify(await (await openOutboxDb()).all());
    expect(stored).not.toContain(TEST_CONNECTION.token);
  });
});

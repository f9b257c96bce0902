// The real server process is killed with SIGKILL while clients create tasks, many times over, and
// restarted on the same SQLite file. Clients retry every request whose answer they did not get under
// the same Idempotency-Key. Every 201 must be there with the values sent, once, and nothing else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { JAKARTA } from '../support/docs-example';
import { recordReliability } from '../support/reliability';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const ROUNDS = 8;
const CLIENTS = 6;
const dir = mkdtempSync(join(tmpdir(), 'composer-crash-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop({ signal: 'SIGKILL' });
  rmSync(dir, { recursive: true, force: true });
});

/** The server on the one database file of this test, every round. */
// The read-back below fetches every task at once, over as many connections as it likes: the per-address
// connection cap (decision 048) is lifted as the rate limit is.
const start = () =>
  startServerProcess({
    dir,
    env: { LOG_LEVEL: 'silent', RATE_LIMIT: '0', CONNECTIONS_PER_ADDRESS: '100000' },
  });

// A small deterministic generator: the run is the same every time, the kill moments differ by round.
let seed = 0x2f6b3c1d;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const UNICODE = [
  'Jalan Gambir № 5',
  'Ça va — ok',
  'تسليم',
  '東京都',
  '🚚📦',
  'a\u0000b',
  '<script>x</script>',
];

interface Sent {
  key: string;
  path: '/task' | '/tasks/bulk/';
  body: Record<string, unknown>;
  /** field1 of each task it creates: unique, so a row tells which request made it */
  markers: string[];
}

function visit(marker: string): Record<string, unknown> {
  const lat = (random() * 180 - 90).toFixed(6);
  const lng = (random() * 360 - 180).toFixed(6);
  const text = UNICODE[Math.floor(random() * UNICODE.length)]!.repeat(1 + Math.floor(random() * 200));
  return { flow: 'Visit', hubId: JAKARTA, field1: marker, field2: text, field3: `${lat},${lng}` };
}

let counter = 0;
function newRequest(round: number, client: number): Sent {
  const n = ++counter;
  const key = `crash-${round}-${client}-${n}`;
  if (n % 5 === 0) {
    const markers = [0, 1, 2].map((i) => `${key}/${i}`);
    return { key, path: '/tasks/bulk/', body: { tasks: markers.map(visit) }, markers };
  }
  return { key, path: '/task', body: visit(key), markers: [key] };
}

async function send(s: ServerProcess, r: Sent): Promise<{ status: number; text: string; replayed: boolean }> {
  const res = await fetch(s.api + r.path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${s.token}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'idempotency-key': r.key,
    },
    body: JSON.stringify(r.body),
  });
  return { status: res.status, text: await res.text(), replayed: res.headers.has('idempotent-replayed') };
}

describe('crash safety: SIGKILL during concurrent creates, restart on the same file', () => {
  it(`${ROUNDS} rounds: every acknowledged task is there once, with its values; retries create nothing twice`, async () => {
    const acked = new Map<string, { sent: Sent; text: string }>();
    let pending: Sent[] = [];
    const unexpected: string[] = [];
    let sentCount = 0;
    let retried = 0;
    let committedBeforeKill = 0;
    let replayChecks = 0;

    const retryPending = async (s: ServerProcess) => {
      const again = pending;
      pending = [];
      for (const r of again) {
        // sequential on purpose: simple, and these are few
        retried++;
        const res = await send(s, r);
        if (res.status !== 201) unexpected.push(`retry ${r.key}: ${res.status} ${res.text}`);
        else acked.set(r.key, { sent: r, text: res.text });
        if (res.replayed) committedBeforeKill++;
      }
    };

    for (let round = 0; round < ROUNDS; round++) {
      server = await start();
      const s = server;
      await retryPending(s);
      // Acknowledged keys from before the crash answer exactly as they did.
      for (const { sent, text } of [...acked.values()].slice(-5)) {
        replayChecks++;
        const res = await send(s, sent);
        if (res.text !== text) unexpected.push(`replay ${sent.key}: ${res.status} ${res.text}`);
      }
      let killed = false;
      const client = async (c: number) => {
        while (!killed) {
          const r = newRequest(round, c);
          sentCount++;
          try {
            const res = await send(s, r);
            if (res.status === 201) acked.set(r.key, { sent: r, text: res.text });
            else unexpected.push(`${r.key}: ${res.status} ${res.text}`);
          } catch {
            pending.push(r); // no answer: the client does not know, and will retry with the same key
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
      await new Promise((r) => setTimeout(r, 150 + random() * 500));
      killed = true; // no new requests; those in flight meet the kill
      await s.stop({ signal: 'SIGKILL', keep: true });
      await Promise.all(clients);
    }

    server = await start();
    await retryPending(server);
    expect(unexpected).toEqual([]);
    expect(pending).toEqual([]);

    // Every acknowledged request's tasks, read back through the API, hold what was sent.
    const api = server.api;
    const token = server.token;
    const get = async (id: string) =>
      (await (
        await fetch(`${api}/task/${id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        task?: Record<string, unknown>;
      };
    let expectedTasks = 0;
    const checks: Promise<void>[] = [];
    for (const { sent, text } of acked.values()) {
      const answer = JSON.parse(text) as { task?: { _id: string }; tasks?: { _id: string }[] };
      const ids = sent.path === '/task' ? [answer.task!._id] : answer.tasks!.map((t) => t._id);
      const bodies = sent.path === '/task' ? [sent.body] : (sent.body.tasks as Record<string, unknown>[]);
      expect(ids).toHaveLength(bodies.length);
      expectedTasks += ids.length;
      for (const [i, id] of ids.entries()) {
        const b = bodies[i]!;
        checks.push(
          get(id).then(({ task }) => {
            expect(task, `${sent.key} ${id}`).toMatchObject({
              field1: b.field1,
              field2: b.field2,
              field3: b.field3,
            });
          }),
        );
      }
    }
    await Promise.all(checks);
    const total = (await (
      await fetch(`${api}/tasks?limit=1`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { tasks: { total: number } };
    await server.stop({ keep: true });
    const dbPath = server.database;
    server = undefined;

    // The file itself: intact, one row per acknowledged task (no duplicates, nothing unacknowledged),
    // every row whole.
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const rows = db.prepare('SELECT _id, organization_id, flow, hub_id, doc FROM tasks').all() as {
      _id: string;
      organization_id: string;
      flow: string;
      hub_id: string;
      doc: string;
    }[];
    const keys = db.prepare('SELECT key, response FROM idempotency_keys').all() as {
      key: string;
      response: string;
    }[];
    db.close();
    expect(total.tasks.total).toBe(expectedTasks);
    expect(rows).toHaveLength(expectedTasks);
    const markers = new Set<string>();
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as Record<string, unknown>;
      expect([doc._id, doc.organizationId, doc.flow, doc.hubId]).toEqual([
        row._id,
        row.organization_id,
        row.flow,
        row.hub_id,
      ]);
      const marker = String(doc.field1);
      expect(markers.has(marker), `duplicate task for ${marker}`).toBe(false);
      markers.add(marker);
    }
    const allMarkers = [...acked.values()].flatMap((a) => a.sent.markers);
    expect([...markers].sort()).toEqual(allMarkers.sort());
    expect(keys).toHaveLength(acked.size);
    for (const k of keys) expect(k.response).toBe(acked.get(k.key)?.text);

    recordReliability({
      id: 'crash-safety',
      title: 'Crash safety (SIGKILL)',
      source: 'test/api/crash-safety.test.ts',
      injects: `SIGKILL of the real server process (\`node --import tsx server/main.ts\`) at a random moment while ${CLIENTS} clients create tasks (one in five a bulk of 3) with Idempotency-Keys; restart on the same SQLite file; unanswered requests retried under their key.`,
      checks:
        'every 201 is readable with the values sent; one row per acknowledged task (no duplicates for retried keys, no unacknowledged rows); every row whole; PRAGMA integrity_check ok; stored key answers equal the answers given; acknowledged keys replay identically after restarts.',
      cases: sentCount,
      figures: {
        'kill/restart rounds': ROUNDS,
        'requests sent': sentCount,
        'requests acknowledged (201)': acked.size,
        'unanswered at a kill, retried after restart': retried,
        '… of which had been committed before the kill (answered by replay)': committedBeforeKill,
        'replays of acknowledged keys after a restart': replayChecks,
        'tasks in the database': rows.length,
      },
      passed: true,
    });
  }, 120_000);
});

// Issue 12 against the real server process (`node --import tsx server/main.ts`): the list call that took
// the process down, the tokenless 8 MiB bodies that cost seconds of its only thread, and bodies sent
// slowly or half-way. Each is bounded in time; the figures go to docs/reliability.md.
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpuMs, rssMb } from '../support/process-stats';
import { rawRequest } from '../support/raw-http';
import { recordReliability } from '../support/reliability';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { DOCS_BODY, OTHER_TOKEN } from './harness';

const MIB = 1024 * 1024;
const figures: Record<string, number | string> = {};
const done = { crash: false, cpu: false, slow: false };
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ env: { RATE_LIMIT: '0' } });
});
afterAll(async () => {
  await server?.stop();
  recordReliability({
    id: 'hardening',
    title: 'Hardening against one tenant (issue 12)',
    source: 'test/api/hardening-process.test.ts',
    injects:
      'against the real server process: 30 stored tasks of 8 MB each (written before the limits) then one GET /tasks, with the heap capped at 192 MB; tokenless 8 MiB bodies, three at once, while another organisation works; 40 bodies of 8 MiB stopped half-way with a valid token; a body sent 100 bytes every 2 s; 40 tokenless half-sent bodies',
    checks:
      'the list answers 200 in full and the process lives; a tokenless body is refused before it is read, in milliseconds, and the other organisation is not slowed; stalled and trickling bodies end with 408 within 25 s and their memory is released; tokenless ones are refused at once',
    cases: 4,
    figures,
    passed: done.crash && done.cpu && done.slow,
  });
});

/**
 * A POST head. `close`: ask for the connection to be closed after the answer; a refused request's body is
 * then cut off by a reset that can take the answer with it, so the tokenless ones keep the connection.
 */
function headOf(path: string, length: number, token?: string, close = true): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
    `${token ? `Authorization: Bearer ${token}\r\n` : ''}Content-Length: ${length}\r\n` +
    `${close ? 'Connection: close\r\n' : ''}\r\n`
  );
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('a list of huge tasks', () => {
  it('is streamed: the process lives, even on tasks stored before the limits', async () => {
    // A task as the API stores it, copied with an 8 MB value: what the old limits let in.
    const created = await fetch(`${server.api}/task`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(DOCS_BODY),
    });
    const task = ((await created.json()) as { task: Record<string, unknown> }).task;
    await server.stop({ keep: true });
    const db = new Database(server.database);
    const insert = db.prepare(
      `INSERT INTO tasks (_id, organization_id, flow, flow_id, hub_id, status, assignee, created_ms,
         start_ms, done_ms, order_index, doc) VALUES (?, ?, ?, ?, ?, 'UNASSIGNED', '[]', ?, 0, NULL, 0, ?)`,
    );
    const big = 'x'.repeat(8 * MIB);
    db.transaction(() => {
      for (let i = 0; i < 30; i++) {
        const _id = randomBytes(12).toString('hex');
        const doc = JSON.stringify({ ...task, _id, field2: big });
        insert.run(_id, task.organizationId, task.flow, task.flowId, task.hubId, Date.now() + i, doc);
      }
    })();
    db.close();
    server = await startServerProcess({
      dir: server.dir,
      port: server.port,
      env: { RATE_LIMIT: '0', NODE_OPTIONS: '--max-old-space-size=192' },
    });
    const pid = server.child.pid!;
    let peak = rssMb(pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
    const t0 = Date.now();
    const res = await fetch(`${server.api}/tasks?limit=100`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(200);
    let bytes = 0;
    for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
    clearInterval(sampler);
    expect(bytes).toBeGreaterThan(30 * 8 * MIB);
    expect(server.child.exitCode).toBeNull();
    expect(
      (await fetch(`${server.api}/hubs`, { headers: { authorization: `Bearer ${server.token}` } })).status,
    ).toBe(200);
    figures['GET /tasks over 30 stored tasks of 8 MB: answer (MB), time (ms)'] =
      `${Math.round(bytes / MIB)} MB in ${Date.now() - t0} ms`;
    figures['… server resident memory at peak, heap capped at 192 MB (MB)'] = peak;
    done.crash = true;
  }, 120_000);
});

describe('tokenless bodies', () => {
  it('are refused before they are read: milliseconds of CPU each, another organisation not slowed', async () => {
    const pid = server.child.pid!;
    // Valid JSON of many small objects: the costliest kind of body to parse and walk.
    const items: string[] = [];
    for (let i = 0, n = 12; n < 8 * MIB - 32; i++) n += items[items.push(`{"k":[${i}]}`) - 1]!.length + 1;
    const body = Buffer.from(`{"tasks":[${items.join(',')}]}`);
    const cpu0 = cpuMs(pid);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await rawRequest(
        server.port,
        Buffer.concat([Buffer.from(headOf('/api/v3/task', body.length, undefined, false)), body]),
        2500,
      );
      expect(r.status).toBe(401);
      times.push(r.firstByteMs!);
    }
    const cpuPer = (cpuMs(pid) - cpu0) / 5;
    // Three at once while another organisation asks for its hubs.
    const flood = Array.from({ length: 3 }, () =>
      rawRequest(
        server.port,
        Buffer.concat([Buffer.from(headOf('/api/v3/tasks/bulk/', body.length, undefined, false)), body]),
        2500,
      ),
    );
    const t0 = Date.now();
    const other = await fetch(`${server.api}/hubs`, { headers: { authorization: `Bearer ${OTHER_TOKEN}` } });
    const otherMs = Date.now() - t0;
    await Promise.all(flood);
    expect(other.status).toBe(200);
    figures['tokenless 8 MiB POST: time to the 401 (ms, median of 5)'] = times.sort((a, b) => a - b)[2]!;
    figures['… server CPU per request (ms)'] = cpuPer;
    figures["another organisation's GET /hubs during three of them (ms)"] = otherMs;
    expect(cpuPer).toBeLessThan(150);
    expect(otherMs).toBeLessThan(500);
    done.cpu = true;
  }, 60_000);
});

describe('bodies sent slowly or half-way', () => {
  it('end with 408 within seconds; tokenless ones are refused at once', async () => {
    const pid = server.child.pid!;
    const before = rssMb(pid);
    const answers = new Map<Socket, string>();
    const open = (token?: string, first = 4 * MIB) => {
      const s = connect(server.port, '127.0.0.1');
      answers.set(s, '');
      s.on('data', (d) => answers.set(s, answers.get(s)! + d.toString('latin1')));
      s.on('error', () => undefined);
      s.write(headOf('/api/v3/tasks/bulk/', 8 * MIB, token, token !== undefined));
      if (first > 0) s.write(Buffer.alloc(first, 'b'));
      return s;
    };
    const halfSent = Array.from({ length: 40 }, () => open(server.token));
    const drip = open(server.token, 0);
    const dripTimer = setInterval(() => drip.write(Buffer.alloc(100, 'c')), 2000);
    const t0 = Date.now();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
    const statusOf = (s: Socket) => /^HTTP\/1\.1 (\d{3})/.exec(answers.get(s) ?? '')?.[1];

    const dripEnded = await until(() => statusOf(drip) !== undefined, 25_000);
    const dripMs = Date.now() - t0;
    clearInterval(dripTimer);
    const allEnded = await until(() => halfSent.every((s) => statusOf(s) !== undefined), 25_000);
    const halfMs = Date.now() - t0;
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 5000));
    const after = rssMb(pid);

    for (const s of [...halfSent, drip]) s.destroy();
    await new Promise((r) => setTimeout(r, 200));
    const tokenless = Array.from({ length: 40 }, () => open(undefined));
    // 401, and 429 once this address has failed 20 times in 10 s (the limit on failed authentication).
    const refused = (st: Socket) => ['401', '429'].includes(statusOf(st) ?? '');
    const tokenlessEnded = await until(() => tokenless.every(refused), 5000);
    figures['40 tokenless half-sent bodies: refused at once (401, then 429 past the failed-auth limit)'] =
      tokenless.filter(refused).length;
    for (const s of tokenless) s.destroy();

    figures['40 half-sent 8 MiB bodies with a token: RSS before → peak → after (MB)'] =
      `${before} → ${peak} → ${after}`;
    figures['… all ended with 408 after (s)'] = Math.round(halfMs / 100) / 10;
    figures['a body of 100 bytes every 2 s: ended with 408 after (s)'] = Math.round(dripMs / 100) / 10;
    expect(dripEnded).toBe(true);
    expect(statusOf(drip)).toBe('408');
    expect(allEnded).toBe(true);
    expect(halfSent.every((s) => statusOf(s) === '408')).toBe(true);
    expect(tokenlessEnded).toBe(true);
    // 40 × 4 MiB are buffered until the 408s; V8 keeps the heap it grew for later use afterwards.
    expect(peak).toBeLessThan(before + 250);
    done.slow = true;
  }, 90_000);
});

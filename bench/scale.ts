// Issue 14 item 5: POST /task creates per second for one server on SQLite (the baseline) and for one, two
// and three servers on one PostgreSQL, in the same run, with what a request costs in CPU time: the servers'
// own, and the whole machine's (PostgreSQL and the load generator included). Rate limit off.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { DOCS_BODY } from '../test/support/docs-example';
import { startServerProcess, type ServerProcess } from '../test/support/server-process';
import { freePort, startPostgres, type Service } from '../test/support/services';
import { isMain } from './lib/main';
import { ratio, round } from './lib/stats';
import { publish, type BenchResult, type Row } from './lib/table';

const CONNECTIONS = 32;
const DURATION_S = 8;
const WARMUP_S = 2;

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (ms) a process has used, from /proc/<pid>/stat (utime + stime). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Busy CPU time (ms) of the whole machine, all cores, from /proc/stat. */
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = ticks.map(Number);
  const idle = n[3]! + n[4]!;
  return (n.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
}

function start(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess({
    env: { ...env, RATE_LIMIT: '0', LOG_LEVEL: 'silent' },
    args: ['--connections-per-address', '100000'],
  });
}

async function load(servers: readonly ServerProcess[], seconds: number, marker: string) {
  const per = Math.max(1, Math.floor(CONNECTIONS / servers.length));
  const body = JSON.stringify({ ...DOCS_BODY, field1: `${marker}-[<id>]` });
  const runs = await Promise.all(
    servers.map((s) =>
      autocannon({
        url: `${s.url}/api/v3/task`,
        method: 'POST',
        headers: {
          authorization: `Bearer ${s.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': `${marker}-[<id>]`,
        },
        idReplacement: true,
        body,
        connections: per,
        duration: seconds,
      }),
    ),
  );
  return {
    created: runs.reduce((n, r) => n + (r.statusCodeStats['201']?.count ?? 0), 0),
    other: runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
    p50: Math.max(...runs.map((r) => r.latency.p50)),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
  };
}

async function measure(setup: string, servers: ServerProcess[]): Promise<Row> {
  await load(servers, WARMUP_S, `${setup}-warm`);
  const cpu0 = servers.map((s) => processCpuMs(s.child.pid!));
  const busy0 = machineBusyMs();
  const t0 = performance.now();
  const r = await load(servers, DURATION_S, setup);
  const seconds = (performance.now() - t0) / 1000;
  const serverCpu = servers.reduce((n, s, i) => n + processCpuMs(s.child.pid!) - cpu0[i]!, 0);
  const busy = machineBusyMs() - busy0;
  return {
    setup,
    instances: servers.length,
    'creates/s': round(r.created / seconds),
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'non-201': r.other,
    'server CPU ms/request': round(serverCpu / Math.max(1, r.created)),
    'machine CPU ms/request': round(busy / Math.max(1, r.created)),
  };
}

export async function runScale(): Promise<BenchResult> {
  const rows: Row[] = [];
  const sqlite = await start({});
  try {
    rows.push(await measure('SQLite', [sqlite]));
  } finally {
    await sqlite.stop({ signal: 'SIGKILL' });
  }
  let pg: Service | undefined;
  try {
    pg = await startPostgres(await freePort());
    const env = { DATABASE_URL: pg.url };
    const servers = [await start(env)];
    try {
      for (const n of [1, 2, 3]) {
        while (servers.length < n) servers.push(await start(env));
        rows.push(await measure(`PostgreSQL`, servers.slice(0, n)));
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop({ signal: 'SIGKILL' })));
    }
  } finally {
    await pg?.stop();
  }
  const base = Number(rows[0]!['creates/s']);
  for (const r of rows) r['× SQLite'] = ratio(Number(r['creates/s']), base);
  const one = Number(rows[1]!['creates/s']);
  const three = Number(rows[3]!['creates/s']);
  return publish({
    name: 'scale',
    title: 'Creates per second: one SQLite server against one, two and three PostgreSQL servers',
    date: new Date().toISOString(),
    columns: [
      'setup',
      'instances',
      'creates/s',
      '× SQLite',
      'p50 ms',
      'p99 ms',
      'non-201',
      'server CPU ms/request',
      'machine CPU ms/request',
    ],
    rows,
    goals: [
      {
        text: 'every setup answers every create 201 under load',
        met: rows.every((r) => r['non-201'] === 0),
        measured: rows.map((r) => `${r.setup}×${r.instances}: ${r['non-201']}`).join(', '),
      },
    ],
    notes: [
      `${CONNECTIONS} connections in all (split evenly over the servers), ${WARMUP_S} s warm-up, then ${DURATION_S} s; the docs' Visit body with a fresh Idempotency-Key per request; rate limit off; PostgreSQL 15 from Debian on loopback with fsync off (so it measures the servers, not this disk). All in one run on one machine.`,
      `This machine has ${cpus().length} cores shared by the load generator, PostgreSQL and every server process: three PostgreSQL servers gave ${ratio(three, one)}× one. More instances cannot add CPU here; what the table shows is the cost per request (machine CPU ms/request) and that several processes share one database without losing or duplicating anything (scripts/faults.ts). On separate machines, throughput would grow with instances until PostgreSQL's commit rate is the limit.`,
    ],
  });
}

if (isMain(import.meta.url)) await runScale();

// Items 4 and 5: POST /task under autocannon at 8, 32 and 64 connections against the real server (its own
// process, a real SQLite file, rate limit off), with two bodies (the 300-field flow and the docs' small
// Visit example), each against the raw insert rate of its own rows through better-sqlite3 alone; in the
// same run the same loads against a server with group commit off (`--create-batch 1`, one transaction
// per request as before decision 023); and one POST /tasks/bulk/ of 2,000 tasks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { migrate } from '../server/store/migrations';
import { DOCS_BODY, JAKARTA } from '../test/support/docs-example';
import { startServerProcess, type ServerProcess } from '../test/support/server-process';
import { benchBody } from './bodies';
import { flow300, smallFlow } from './flow-300';
import { ROOT } from './lib/first-load';
import { isMain } from './lib/main';
import { median, ratio, round } from './lib/stats';
import { publish, type BenchResult } from './lib/table';

const CONNECTIONS = [8, 32, 64] as const;
const DURATION_S = 6;
const WARMUP_S = 3;
const RAW_ROWS = 5_000;
const RAW_RUNS = 5;
const BULK_TASKS = 2_000;
const BULK_RUNS = 5;

/** The demo organisation file with the 300-field flow (and the small one) added to the demo organisation. */
export function benchSeed(dir: string): string {
  const file = JSON.parse(readFileSync(join(ROOT, 'server/seed/demo-org.json'), 'utf8')) as {
    organizations: { _id: string; flows: unknown[] }[];
  };
  const demo = file.organizations[0];
  if (!demo) throw new Error('server/seed/demo-org.json has no organisation');
  demo.flows.push(flow300(), smallFlow());
  const path = join(dir, 'bench-org.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** `tsx server/main.ts` as its own process, as `npm run serve` starts it, with the rate limit off. */
function startServer(
  dir: string,
  database: string,
  seed: string,
  extra: string[] = [],
): Promise<ServerProcess> {
  // One load generator on one address: the per-address connection cap (decision 048) must not count.
  const args = ['--database', database, '--seed', seed, '--rate-limit', '0', '--log-level', 'silent'];
  args.push('--connections-per-address', '100000');
  return startServerProcess({ cwd: ROOT, dir, args: [...args, ...extra] });
}

/** bench/lib/http-floor.ts as its own process: Fastify taking the body and answering it, nothing else. */
const startFloor = (dir: string): Promise<ServerProcess> =>
  startServerProcess({ cwd: ROOT, dir, script: 'bench/lib/http-floor.ts' });

/** The two POST /task bodies: the flow name of their rows (for the raw insert) and the JSON sent. */
export interface BenchBody {
  name: string;
  flow: string;
  json: string;
}

export const BODIES: readonly BenchBody[] = [
  {
    name: '300-field flow',
    flow: 'Bench 300 fields',
    json: JSON.stringify(benchBody(0, { hubId: JAKARTA })),
  },
  { name: 'Visit (docs example)', flow: 'Visit', json: JSON.stringify(DOCS_BODY) },
];

/** Which server answered: ours with group commit, ours with a transaction per request, the HTTP floor. */
type Mode = 'group commit' | 'a transaction each (before)' | 'HTTP floor';

interface CannonRow {
  body: string;
  mode: Mode;
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** What every benchmark request carries: the demo token and JSON both ways. */
function jsonHeaders(s: ServerProcess): Record<string, string> {
  return {
    authorization: `Bearer ${s.token}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
}

async function cannon(
  s: ServerProcess,
  b: BenchBody,
  mode: Mode,
  connections: number,
  duration: number,
): Promise<CannonRow> {
  const body = b.json;
  const r = await autocannon({
    url: `${s.url}/api/v3/task`,
    method: 'POST',
    headers: jsonHeaders(s),
    body,
    connections,
    duration,
  });
  return {
    body: b.name,
    mode,
    connections,
    requests: r.requests.total,
    perSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** A batch of the docs' Visit example, every task its own customer. */
function bulkBody(n: number): string {
  const tasks = Array.from({ length: n }, (_, i) => ({
    ...DOCS_BODY,
    field1: `Customer ${i}`,
    refId: `bench-${i}`,
  }));
  return JSON.stringify({ tasks });
}

async function bulkOnce(s: ServerProcess, body: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${s.url}/api/v3/tasks/bulk/`, {
    method: 'POST',
    headers: jsonHeaders(s),
    body,
  });
  const reply = (await res.json()) as { success?: number; failed?: number };
  const ms = performance.now() - start;
  if (res.status !== 201 || reply.success !== BULK_TASKS)
    throw new Error(`bulk: ${res.status} ${JSON.stringify(reply).slice(0, 300)}`);
  return ms;
}

/**
 * The rows the server stored, inserted again into a fresh file with the server's schema and pragmas,
 * one autocommit INSERT per row (what one POST /task costs the database), through one prepared statement.
 */
function rawInsertRates(serverDb: string, dir: string, flow: string): RawRates {
  const source = new Database(serverDb, { readonly: true });
  const rows = source
    .prepare(`SELECT * FROM tasks WHERE flow = ? ORDER BY rowid LIMIT ${RAW_ROWS}`)
    .all(flow) as Record<string, unknown>[];
  source.close();
  if (rows.length < RAW_ROWS) throw new Error(`only ${rows.length} bench rows to re-insert`);
  const columns = Object.keys(rows[0]!);
  const rates: number[] = [];
  for (let run = 0; run < RAW_RUNS; run++) {
    const path = join(dir, `raw-${run}.db`);
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO tasks (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    const start = performance.now();
    for (const row of rows) insert.run(row);
    rates.push((rows.length / (performance.now() - start)) * 1000);
    db.close();
    rmSync(path, { force: true });
  }
  const docBytes = median(rows.map((r) => String(r.doc ?? '').length));
  return { rates, docBytes };
}

interface RawRates {
  rates: number[];
  docBytes: number;
}

/** Warm-up, then each body at each connection count, against one server. */
async function loads(s: ServerProcess, mode: Mode): Promise<CannonRow[]> {
  const rows: CannonRow[] = [];
  for (const b of BODIES) {
    await cannon(s, b, mode, 8, WARMUP_S); // JIT, SQLite page cache, WAL file
    for (const c of CONNECTIONS) {
      const r = await cannon(s, b, mode, c, DURATION_S);
      rows.push(r);
      console.log(`  POST /task, ${b.name}, ${mode}, ${c} connections: ${Math.round(r.perSecond)}/s`);
    }
  }
  return rows;
}

/** Starts a server, runs the loads against it, stops it. */
async function loadsOn(start: () => Promise<ServerProcess>, mode: Mode): Promise<CannonRow[]> {
  const s = await start();
  try {
    return await loads(s, mode);
  } finally {
    await s.stop({ keep: true });
  }
}

export async function runServer(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'composer-bench-server-'));
  const seed = benchSeed(dir);
  // What any server pays for HTTP, parsing and answering (the floor), and ours before decision 023 (one
  // transaction per request, on its own server and file).
  const floorRows = await loadsOn(() => startFloor(dir), 'HTTP floor');
  const beforeStart = () => startServer(dir, join(dir, 'tasks-before.db'), seed, ['--create-batch', '1']);
  const beforeRows = await loadsOn(beforeStart, 'a transaction each (before)');
  const database = join(dir, 'tasks.db');
  const server = await startServer(dir, database, seed);
  try {
    const rows = await loads(server, 'group commit');
    const body = bulkBody(BULK_TASKS);
    const bulkMs: number[] = [];
    for (let i = 0; i < BULK_RUNS; i++) bulkMs.push(await bulkOnce(server, body));
    await server.stop({ keep: true });
    const raw = new Map(BODIES.map((b) => [b.name, rawInsertRates(database, dir, b.flow)]));
    return [serverResult([...rows, ...beforeRows, ...floorRows], raw), bulkResult(bulkMs, body.length)];
  } finally {
    await server.stop({ keep: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

function serverResult(rows: CannonRow[], raw: Map<string, RawRates>): BenchResult {
  const rawRate = (b: string) => median(raw.get(b)!.rates);
  const floorOf = (r: CannonRow) =>
    rows.find((f) => f.mode === 'HTTP floor' && f.body === r.body && f.connections === r.connections);
  const bestOf = (body: string, mode: Mode) =>
    Math.max(...rows.filter((r) => r.body === body && r.mode === mode).map((r) => r.perSecond));
  const goals = BODIES.flatMap((b) => {
    const mine = rows.filter((r) => r.body === b.name && r.mode === 'group commit');
    const best = Math.max(...mine.map((r) => r.perSecond));
    const clean = mine.every((r) => r.non2xx === 0 && r.errors === 0);
    const rate = rawRate(b.name);
    return [
      {
        text: `server, ${b.name}: at least 5,000 creates per second`,
        met: best >= 5000 && clean,
        measured: `${round(best)}/s at best (${mine.map((r) => `${r.connections} connections: ${round(r.perSecond)}/s`).join(', ')})`,
      },
      {
        text: `server, ${b.name}: at least half of the raw insert rate`,
        met: best >= rate / 2 && clean,
        measured: `${round(best)}/s vs ${round(rate)}/s = ${ratio(best, rate)}×`,
      },
    ];
  });
  const table = BODIES.flatMap((b) => [
    ...rows
      .filter((r) => r.body === b.name)
      .map((r) => ({
        body: b.name,
        load: `${r.mode}, ${r.connections} connections`,
        'creates/s': round(r.perSecond),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        requests: r.requests,
        'non-2xx': r.non2xx,
        errors: r.errors,
        '× raw insert': ratio(r.perSecond, rawRate(b.name)),
        '× HTTP floor': ratio(r.perSecond, floorOf(r)?.perSecond ?? Number.NaN),
      })),
    {
      body: b.name,
      load: 'better-sqlite3 alone, 1 insert per transaction',
      'creates/s': round(rawRate(b.name)),
      'p50 ms': null,
      'p99 ms': null,
      requests: RAW_ROWS * RAW_RUNS,
      'non-2xx': null,
      errors: null,
      '× raw insert': 1,
      '× HTTP floor': null,
    },
  ]);
  const bytes = (b: BenchBody) => b.json.length.toLocaleString('en-US');
  return publish({
    name: 'server',
    title:
      "Server: POST /task under load (300-field flow and the docs' Visit example), against the raw SQLite insert rate",
    date: new Date().toISOString(),
    columns: [
      'body',
      'load',
      'creates/s',
      'p50 ms',
      'p99 ms',
      'requests',
      'non-2xx',
      'errors',
      '× raw insert',
      '× HTTP floor',
    ],
    rows: table,
    goals,
    notes: [
      `Bodies: the same valid body of the 300-field flow in every request (${bytes(BODIES[0]!)} bytes of JSON: every field filled, so validation does all its work), and the docs' own Visit example (README's curl, ${bytes(BODIES[1]!)} bytes). Sent to \`tsx server/main.ts\` in its own process with \`--rate-limit 0 --log-level silent\` on a fresh SQLite file (WAL, synchronous NORMAL). autocannon runs in the benchmark's process: on 2 cores the load generator and the server share the machine. ${WARMUP_S} s warm-up per body, then ${DURATION_S} s per connection count.`,
      `HTTP floor (bench/lib/http-floor.ts, its own process, same run): Fastify with the server's options answering each POST /api/v3/task with a 201 that carries the parsed body back (JSON.parse and JSON.stringify of the same data), and nothing else: no token, no validation, no task built, no SQLite. No server that takes these bodies over HTTP in Node and answers with the task can be faster on this machine. At best: ${BODIES.map((b) => `${b.name} ${round(bestOf(b.name, 'HTTP floor'))}/s, ours ${ratio(bestOf(b.name, 'group commit'), bestOf(b.name, 'HTTP floor'))}× of it`).join('; ')}.`,
      'Group commit (docs/decisions/023-group-commit.md, the server\'s default): the creates that arrive within one event-loop turn are stored in one transaction (at most 256), and each 201 is sent after that commit. "A transaction each (before)" is the same server started with `--create-batch 1` on its own file in the same run: one transaction per request, as before the change.',
      ...BODIES.map((b) => {
        const r = raw.get(b.name)!;
        return `Raw insert, ${b.name}: the rows the server stored (stored document ~${r.docBytes.toLocaleString('en-US')} bytes), inserted again into a fresh file with the server's migrations and pragmas through one prepared INSERT, one autocommit per row as one POST /task cost the database before group commit; ${RAW_RUNS} runs of ${RAW_ROWS.toLocaleString('en-US')} rows, median (runs: ${r.rates.map((x) => Math.round(x)).join(', ')}/s).`;
      }),
    ],
    extra: { raw: Object.fromEntries([...raw].map(([k, v]) => [k, v.rates.map(round)])), cannon: rows },
  });
}

function bulkResult(ms: number[], bytes: number): BenchResult {
  const m = median(ms);
  return publish({
    name: 'bulk',
    title: `Bulk: one POST /tasks/bulk/ of ${BULK_TASKS.toLocaleString('en-US')} tasks, end to end`,
    date: new Date().toISOString(),
    columns: ['tasks', 'body KB', 'runs', 'median ms', 'min ms', 'max ms', 'tasks/s (median)'],
    rows: [
      {
        tasks: BULK_TASKS,
        'body KB': round(bytes / 1000),
        runs: ms.length,
        'median ms': round(m),
        'min ms': round(Math.min(...ms)),
        'max ms': round(Math.max(...ms)),
        'tasks/s (median)': round((BULK_TASKS / m) * 1000),
      },
    ],
    goals: [
      {
        text: `bulk: ${BULK_TASKS} tasks in under 1 second`,
        met: m < 1000,
        measured: `${round(m)} ms median`,
      },
    ],
    notes: [
      `The docs' Visit example (mileapp-api.md §2.1), each task with its own customer name and refId, all valid; timed from sending the request to the parsed 201 reply (every item created), over loopback, after the POST /task runs on the same server. The 300-field flow is not used here: 2,000 of its bodies (~${Math.round((JSON.stringify(benchBody(0, { hubId: JAKARTA })).length * BULK_TASKS) / 1e6)} MB) are beyond the server's 8 MiB body limit.`,
    ],
    extra: { ms: ms.map(round) },
  });
}

if (isMain(import.meta.url)) await runServer();

// `npm run test:soak`: 50 concurrent clients create tasks for 30 s against the real server process (rate
// limit on, as shipped), after a warm-up. Checks: only 201 and 429 answers; every 201 is a task in the
// database and every task there got a 201 (no task lost, none extra); resident memory flat between the
// end of the warm-up and the end of the run. (The built page's CSP and its lack of inline script are
// test/api/security.test.ts's.)
// Writes a Vitest-style JSON report (for .ci/summarize.mjs) and the reliability record.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import autocannon, { type Result as CannonResult } from 'autocannon';
import Database from 'better-sqlite3';
import { JAKARTA } from '../test/support/docs-example';
import { recordReliability } from '../test/support/reliability';
import { startServerProcess, type ServerProcess } from '../test/support/server-process';
import { toolEnv } from '../test/support/tool-env';

const CONNECTIONS = toolEnv.soak.connections;
const DURATION_S = toolEnv.soak.seconds;
const WARMUP_S = toolEnv.soak.warmupSeconds;
/** "flat": the run may add at most this much resident memory to what the warm-up left. */
const RSS_GROWTH_LIMIT_MB = 40;

const reportArg = process.argv.indexOf('--report');
const REPORT = resolve(reportArg === -1 ? '.ci/reports/soak.json' : process.argv[reportArg + 1]!);

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
}

const acknowledged = new Set<string>();
const bodyFor = (marker: string) =>
  JSON.stringify({
    flow: 'Visit',
    hubId: JAKARTA,
    field1: marker,
    field2: 'Soak — ünïcödé',
    field3: '-6.2,106.8',
  });

function load(s: ServerProcess, seconds: number, phase: string): Promise<CannonResult> {
  const body = bodyFor(`${phase}-[<id>]`);
  return autocannon({
    url: s.url,
    connections: CONNECTIONS,
    duration: seconds,
    // [<id>] becomes a fresh id per request: a new task and a new Idempotency-Key each time.
    idReplacement: true,
    requests: [
      {
        method: 'POST',
        path: '/api/v3/task',
        headers: {
          authorization: `Bearer ${s.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': `${phase}-[<id>]`,
        },
        body,
        onResponse(status, text) {
          if (status === 201)
            acknowledged.add((JSON.parse(text) as { task: { field1: string } }).task.field1);
        },
      },
    ],
  });
}

interface Check {
  title: string;
  ok: boolean;
  detail: string;
}

async function main(): Promise<number> {
  const s = await startServerProcess({ env: { RATE_LIMIT: '100', LOG_LEVEL: 'warn' } });
  const database = s.database;
  const pid = s.child.pid!;
  const checks: Check[] = [];
  try {
    const startMb = rssMb(pid);
    console.log(`warm-up: ${CONNECTIONS} connections, ${WARMUP_S} s`);
    const warm = await load(s, WARMUP_S, 'warm');
    const warmMb = rssMb(pid);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
    console.log(`soak: ${CONNECTIONS} connections, ${DURATION_S} s`);
    const run = await load(s, DURATION_S, 'soak');
    clearInterval(sampler);
    // V8 gives memory back when its collector runs, which may be seconds after the load ends: a leak never
    // comes back down, a late collection does. So the figure is the lowest of the 15 s after those 2 s.
    // First the requests still in flight finish (the retries below read the database after them).
    await new Promise((r) => setTimeout(r, 2000));
    const settleStart = Date.now();
    let endMb = rssMb(pid);
    while (endMb - warmMb > RSS_GROWTH_LIMIT_MB && Date.now() - settleStart < 15_000) {
      await new Promise((r) => setTimeout(r, 500));
      endMb = Math.min(endMb, rssMb(pid));
    }
    const settledS = Math.round((Date.now() - settleStart) / 100) / 10;

    // autocannon stops with up to one request per connection in flight, its answer never read: the
    // client would retry those under their key, and so do we. Each must be answered with its stored task.
    const markers = () => {
      const db = new Database(database, { readonly: true });
      const list = (
        db.prepare("SELECT json_extract(doc, '$.field1') AS marker FROM tasks").all() as { marker: string }[]
      ).map((r) => r.marker);
      db.close();
      return list;
    };
    const unanswered = markers().filter((m) => !acknowledged.has(m));
    let replayed = 0;
    for (const marker of unanswered) {
      const res = await fetch(`${s.api}/task`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${s.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': marker,
        },
        body: bodyFor(marker),
      });
      const text = await res.text();
      if (res.status === 201 && res.headers.get('idempotent-replayed') === 'true') {
        replayed++;
        acknowledged.add((JSON.parse(text) as { task: { field1: string } }).task.field1);
      }
    }
    await s.stop({ keep: true });
    const rows = markers().map((marker) => ({ marker }));
    const stored = new Set(rows.map((r) => r.marker));

    const codes = { ...warm.statusCodeStats };
    for (const [code, { count }] of Object.entries(run.statusCodeStats))
      codes[code] = { count: (codes[code]?.count ?? 0) + count };
    const counts = Object.fromEntries(Object.entries(codes).map(([c, v]) => [c, v.count]));
    const other = Object.entries(counts).filter(([c]) => c !== '201' && c !== '429');
    const created = counts['201'] ?? 0;
    const lost = [...acknowledged].filter((m) => !stored.has(m));
    const extra = [...stored].filter((m) => !acknowledged.has(m));
    const errors = warm.errors + run.errors + warm.timeouts + run.timeouts;

    checks.push({
      title: 'only 201 and 429 answers, no connection errors or timeouts',
      ok: other.length === 0 && errors === 0,
      detail: `status counts ${JSON.stringify(counts)}; errors+timeouts ${errors}`,
    });
    checks.push({
      title:
        'no task lost: every 201 is a task in the database; every task there was answered 201, or (in flight when the load stopped) is answered by a retry under its key',
      ok:
        lost.length === 0 &&
        extra.length === 0 &&
        replayed === unanswered.length &&
        // two loads (warm-up and soak), each may stop with one request per connection in flight
        unanswered.length <= 2 * CONNECTIONS &&
        rows.length === created + replayed,
      detail: `${created} answered 201 under load, ${unanswered.length} in flight at the end and retried (${replayed} replayed), ${rows.length} tasks stored, ${lost.length} lost, ${extra.length} unaccounted`,
    });
    checks.push({
      title: `memory flat: resident memory after the run (within 15 s) at most ${RSS_GROWTH_LIMIT_MB} MB above the end of the warm-up`,
      ok: endMb - warmMb <= RSS_GROWTH_LIMIT_MB,
      detail: `RSS at start ${startMb} MB, after warm-up ${warmMb} MB, peak during run ${Math.max(...samples)} MB, after run ${endMb} MB (lowest within ${settledS} s)`,
    });

    for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.title}\n     ${c.detail}`);
    const failed = checks.filter((c) => !c.ok).length;
    const result = {
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      warmupSeconds: WARMUP_S,
      statusCounts: counts,
      requestsPerSecond: Math.round(run.requests.average),
      latencyMs: { p50: run.latency.p50, p99: run.latency.p99, max: run.latency.max },
      created,
      inFlightRetried: replayed,
      stored: rows.length,
      rssMb: { start: startMb, afterWarmup: warmMb, peak: Math.max(...samples), afterRun: endMb },
      checks,
    };
    mkdirSync(dirname(REPORT), { recursive: true });
    // The shape .ci/summarize.mjs reads from Vitest's JSON reports: each check counts as one test.
    writeFileSync(
      REPORT,
      JSON.stringify(
        {
          numPassedTests: checks.length - failed,
          numFailedTests: failed,
          numFailedTestSuites: 0,
          soak: result,
        },
        null,
        2,
      ),
    );
    recordReliability({
      id: 'soak',
      title: 'Load soak',
      source: 'scripts/soak.ts (`npm run test:soak`, run by .ci/run after the browser tests)',
      injects: `${CONNECTIONS} concurrent clients (autocannon) creating tasks with unique Idempotency-Keys against the real server process with the shipped rate limit (100 requests/s per organisation): ${WARMUP_S} s warm-up, then ${DURATION_S} s.`,
      checks: checks.map((c) => c.title).join('; ') + '.',
      cases: warm.requests.total + run.requests.total,
      figures: {
        'requests answered': warm.requests.total + run.requests.total,
        '201 created': created,
        '429 too many requests': counts['429'] ?? 0,
        'other answers, errors, timeouts': other.reduce((n, [, v]) => n + v, 0) + errors,
        'in flight when the load stopped, retried under their key (replayed)': replayed,
        'tasks in the database': rows.length,
        'requests per second (run)': Math.round(run.requests.average),
        'latency p50 / p99 (ms)': `${run.latency.p50} / ${run.latency.p99}`,
        'RSS after warm-up → after run (MB)': `${warmMb} → ${endMb} (peak ${Math.max(...samples)})`,
      },
      passed: failed === 0,
    });
    console.log(`soak: ${checks.length - failed} passed, ${failed} failed (report ${REPORT})`);
    return failed === 0 ? 0 : 1;
  } finally {
    await s.stop({ signal: 'SIGKILL' });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

// `npm run test:faults`: three server processes on one store (`--store sqlite`, the default: one SQLite file;
// `--store postgres`: a PostgreSQL) and one Redis (started here from Debian's binaries and stopped at the
// end), clients spread over them; one process is killed with SIGKILL mid-load and another restarted, and the
// same for three gateways (UPSTREAM mode) in front of a fake MileApp that drops answers after storing them. Checks that every acknowledged task is stored once, every key retried on
// another instance gives exactly one task, and the per-organisation rate limit holds across the three while
// another organisation is never throttled. Writes a Vitest-style report and the reliability record.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { JAKARTA } from '../test/support/docs-example';
import { recordReliability } from '../test/support/reliability';
import { freePort, startPostgres, startRedis, type Service } from '../test/support/services';
import type { Check } from './faults/check';
import { runClients, type KeyOutcome } from './faults/clients';
import { gatewayRound } from './faults/gateway-round';
import { Instances } from './faults/instances';
import { rateLimitRound } from './faults/rate-limit-round';

const reportArg = process.argv.indexOf('--report');
const REPORT = resolve(reportArg === -1 ? '.ci/reports/faults.json' : process.argv[reportArg + 1]!);

const storeArg = process.argv.indexOf('--store');
/** postgres: the three share a PostgreSQL started here; sqlite: one SQLite file */
const STORE = storeArg === -1 ? 'sqlite' : process.argv[storeArg + 1];
const CLIENTS = 24;
const LOAD_S = 14;

const bodyFor = (marker: string) =>
  JSON.stringify({
    flow: 'Visit',
    hubId: JAKARTA,
    field1: marker,
    field2: 'Fault round',
    field3: '-6.2,106.8',
  });

/** Every task of the organisation whose field1 starts with `prefix`, counted by marker, read through the API. */
async function storedMarkers(url: string, token: string, prefix: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let page = 1; ; page++) {
    const res = await fetch(`${url}/api/v3/tasks?limit=1000&page=${page}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    if (res.status !== 200) throw new Error(`GET /tasks ${res.status}: ${await res.text()}`);
    const { tasks } = (await res.json()) as { tasks: { data: { field1?: string }[]; last_page: number } };
    for (const t of tasks.data)
      if (t.field1?.startsWith(prefix)) counts.set(t.field1, (counts.get(t.field1) ?? 0) + 1);
    if (page >= tasks.last_page) return counts;
  }
}

async function killRound(
  store: Record<string, string>,
  redis: Service,
): Promise<{ checks: Check[]; figures: Record<string, string | number>; cases: number }> {
  const instances = new Instances({
    ...store,
    REDIS_URL: redis.url,
    // High enough that this round measures crashes, not throttling (the next round measures the limit).
    RATE_LIMIT: '100000',
    LOG_LEVEL: 'warn',
  });
  await instances.start(3);
  const token = instances.token;
  const events: string[] = [];
  try {
    const started = Date.now();
    const load = runClients({
      targets: instances.targets,
      clients: CLIENTS,
      token,
      stopAt: started + LOAD_S * 1000,
      prefix: 'kill',
      bodyFor,
    });
    events.push(...(await instances.injectFaults('instance')));
    const outcomes: KeyOutcome[] = await load;

    const stored = await storedMarkers(instances.targets[2]!.url, token, 'kill-');
    const acknowledged = outcomes.filter((o) => o.acknowledged);
    const unacknowledged = outcomes.filter((o) => !o.acknowledged);
    const movedOn = outcomes.filter((o) => new Set(o.tried).size > 1);
    const duplicated = [...stored].filter(([, n]) => n > 1);
    const lost = acknowledged.filter((o) => stored.get(o.key) !== 1);
    const unaccounted = [...stored.keys()].filter(
      (m) => !outcomes.some((o) => o.key === m && o.acknowledged),
    );
    const checks: Check[] = [
      {
        title:
          'every acknowledged task is stored exactly once, and no task is stored that was not acknowledged',
        ok:
          acknowledged.length > 0 && lost.length === 0 && duplicated.length === 0 && unaccounted.length === 0,
        detail: `${acknowledged.length} acknowledged, ${stored.size} stored, ${lost.length} not stored once, ${duplicated.length} stored twice, ${unaccounted.length} stored without an acknowledgement`,
      },
      {
        title: 'every key retried on another instance gives exactly one task',
        ok: movedOn.length > 0 && movedOn.every((o) => o.acknowledged && stored.get(o.key) === 1),
        detail: `${movedOn.length} keys sent to more than one instance, ${movedOn.filter((o) => o.replayed).length} of them answered by a replay`,
      },
      {
        title: 'every key is acknowledged within 30 s while one instance is down and another restarts',
        ok: unacknowledged.length === 0,
        detail: `${unacknowledged.length} keys never acknowledged; ${events.join('; ')}`,
      },
    ];
    return {
      checks,
      cases: outcomes.length,
      figures: {
        'keys sent': outcomes.length,
        'acknowledged (201)': acknowledged.length,
        'tasks stored': stored.size,
        'keys sent to a second instance': movedOn.length,
        'of those answered by a replay': movedOn.filter((o) => o.replayed).length,
        'stored twice': duplicated.length,
        events: events.join('; '),
      },
    };
  } catch (e) {
    console.error(instances.output());
    throw e;
  } finally {
    await instances.stopAll();
  }
}

async function main(): Promise<number> {
  const redis = await startRedis(await freePort());
  const pg = STORE === 'postgres' ? await startPostgres(await freePort()) : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'composer-faults-'));
  // Without PostgreSQL the three processes share one SQLite file on this machine.
  const store: Record<string, string> = pg
    ? { DATABASE_URL: pg.url }
    : { DATABASE: join(dir, 'composer.db') };
  const on = pg ? 'PostgreSQL' : 'one SQLite file';
  const checks: Check[] = [];
  try {
    console.log(`Store: ${pg ? pg.url : join(dir, 'composer.db')}; Redis at ${redis.url}`);
    const kill = await killRound(store, redis);
    checks.push(...kill.checks);
    recordReliability({
      id: 'faults-local',
      title: `Three instances on ${on} and Redis: kill and restart under load`,
      source: 'scripts/faults.ts (`npm run test:faults`, run by .ci/run)',
      injects: `${CLIENTS} clients spread over three server processes sharing ${on} and one Redis create tasks for ${LOAD_S} s, each with its own Idempotency-Key, retrying a lost answer on the next instance; one process is killed with SIGKILL, another stopped with SIGTERM and restarted.`,
      checks: kill.checks.map((c) => c.title).join('; ') + '.',
      cases: kill.cases,
      figures: kill.figures,
      passed: kill.checks.every((c) => c.ok),
    });
    const limit = await rateLimitRound(store, redis);
    checks.push(...limit.checks);
    recordReliability({
      id: 'faults-rate-limit',
      title: 'Three instances share one per-organisation rate limit in Redis',
      source: 'scripts/faults.ts (`npm run test:faults`, run by .ci/run)',
      injects: limit.injects,
      checks: limit.checks.map((c) => c.title).join('; ') + '.',
      cases: limit.cases,
      figures: limit.figures,
      passed: limit.checks.every((c) => c.ok),
    });
    const gateway = await gatewayRound(pg?.url);
    checks.push(...gateway.checks);
    recordReliability({
      id: 'faults-gateway',
      title: 'Three gateways in front of MileApp: kill and restart under load, answers lost after the commit',
      source: 'scripts/faults.ts (`npm run test:faults`, run by .ci/run)',
      injects: gateway.injects,
      checks: gateway.checks.map((c) => c.title).join('; ') + '.',
      cases: gateway.cases,
      figures: gateway.figures,
      passed: gateway.checks.every((c) => c.ok),
    });
  } finally {
    await redis.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.title}\n     ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(
    REPORT,
    JSON.stringify(
      { numPassedTests: checks.length - failed, numFailedTests: failed, numFailedTestSuites: 0, checks },
      null,
      2,
    ),
  );
  console.log(`faults: ${checks.length - failed} passed, ${failed} failed (report ${REPORT})`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

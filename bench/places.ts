// Issue 13: the built-in place search (FTS5 prefix match, then the typo path) over 100,000 places of one
// organisation plus the country's cities, against the same search over 2,000 as a baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtinGeocoder } from '../server/places/builtin';
import { cityRows } from '../server/places/rows';
import { placeRows } from '../server/store/place-rows';
import { openSqliteEngine } from '../server/store/sqlite-engine';
import { benchPlaces, QUERIES } from './places-data';
import { isMain } from './lib/main';
import { percentile, ratio, round } from './lib/stats';
import { publish, type BenchResult, type Row } from './lib/table';

const SIZES = [100_000, 2_000];
const ROUNDS = 20;
const ORG = 'bench-org';
const GOAL_MS = 20;

interface Times {
  /** wall-clock milliseconds of each search */
  wall: Record<string, number[]>;
  /** CPU milliseconds of this process during each search: less swayed by other jobs on a shared machine */
  cpu: Record<string, number[]>;
}

async function measure(size: number): Promise<Times> {
  const dir = mkdtempSync(join(tmpdir(), 'composer-bench-places-'));
  const engine = openSqliteEngine(join(dir, 'places.db'));
  try {
    const places = placeRows(engine);
    const cities = cityRows('ID');
    await places.useCities('ID', () => cities);
    await engine.db.transaction().execute(async (trx) => {
      for (const row of benchPlaces(size, ORG, cities)) await places.put(row, trx);
    });
    const geocoder = builtinGeocoder(places);
    const times: Times = { wall: {}, cpu: {} };
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const wall: number[] = (times.wall[kind] = []);
      const cpu: number[] = (times.cpu[kind] = []);
      for (let round = 0; round < ROUNDS; round++)
        for (const q of queries) {
          const cpuStart = process.cpuUsage();
          const start = performance.now();
          const found = await geocoder.search(q, { organizationId: ORG, limit: 8 });
          wall.push(performance.now() - start);
          const used = process.cpuUsage(cpuStart);
          cpu.push((used.user + used.system) / 1000);
          if (round === 0 && found.length === 0 && kind === 'prefix' && size === SIZES[0])
            throw new Error(`"${q}" found nothing`);
        }
    }
    return times;
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPlaces(): Promise<BenchResult> {
  const big = await measure(SIZES[0]!);
  const small = await measure(SIZES[1]!);
  const rows: Row[] = Object.keys(QUERIES).map((kind) => {
    const b = big.wall[kind] ?? [];
    const s = small.wall[kind] ?? [];
    const bCpu = big.cpu[kind] ?? [];
    const sCpu = small.cpu[kind] ?? [];
    return {
      queries: kind,
      searches: b.length,
      'p50 ms': round(percentile(b, 50)),
      'p95 ms': round(percentile(b, 95)),
      'max ms': round(Math.max(...b)),
      'p95 CPU ms': round(percentile(bCpu, 95)),
      'p95 ms at 2,000': round(percentile(s, 95)),
      'p95 ratio': ratio(percentile(b, 95), percentile(s, 95)),
      'CPU p95 ratio': ratio(percentile(bCpu, 95), percentile(sCpu, 95)),
    };
  });
  const all = Object.values(big.wall).flat();
  const p95 = percentile(all, 95);
  const cpuP95 = percentile(Object.values(big.cpu).flat(), 95);
  return publish({
    name: 'places',
    title: 'Place search: built-in index, 100,000 places',
    date: new Date().toISOString(),
    columns: [
      'queries',
      'searches',
      'p50 ms',
      'p95 ms',
      'max ms',
      'p95 CPU ms',
      'p95 ms at 2,000',
      'p95 ratio',
      'CPU p95 ratio',
    ],
    rows,
    goals: [
      {
        text: `built-in search p95 ≤ ${GOAL_MS} ms over 100,000 places`,
        met: p95 <= GOAL_MS,
        measured: `p95 ${round(p95)} ms over all ${all.length} searches (CPU time p95 ${round(cpuP95)} ms)`,
      },
    ],
    notes: [
      `One organisation's ${SIZES[0]!.toLocaleString('en-US')} generated customers (shops, stalls and people on Indonesian street names, spread over the country's cities) plus the GeoNames cities of Indonesia, in a SQLite file with the server's own schema; each query is asked ${ROUNDS} times through the built-in geocoder's search (limit 8), in-process, without HTTP. The baseline is the same with ${SIZES[1]!.toLocaleString('en-US')} places; the ratio is p95 at 100,000 over p95 at 2,000. "CPU" is this process's user and system time during each search (\`process.cpuUsage\`), which other jobs on a shared machine sway far less than the wall clock.`,
    ],
    extra: { queries: QUERIES, rounds: ROUNDS },
  });
}

if (isMain(import.meta.url)) await runPlaces();

// Item 6: src/flow's validateTaskBody on 10,000 bodies of the 300-field flow, several runs, median.
import { performance } from 'node:perf_hooks';
import { normaliseFlow } from '../src/flow/normalise';
import { validateTaskBody, type TaskContext } from '../src/flow/validate';
import { benchBodies } from './bodies';
import { FLOW_300_NAME, flow300 } from './flow-300';
import { isMain } from './lib/main';
import { median, round } from './lib/stats';
import { publish, type BenchResult } from './lib/table';

const BODIES = 10_000;
const RUNS = 7;
const HUB = '634e98498ce07d29474a7e29';
const ASSIGNEE = ['leandro@mile.app'];

export function runValidation(): BenchResult {
  const flow = normaliseFlow(flow300());
  const ctx: TaskContext = {
    findFlow: (name) => (name === FLOW_300_NAME ? flow : undefined),
    hubExists: (id) => id === HUB,
    isAssignable: (email, hubId) => hubId === HUB && ASSIGNEE.includes(email),
  };
  const bodies = benchBodies(BODIES, { hubId: HUB, assignee: ASSIGNEE });

  // A benchmark of the happy path must first prove it is the happy path.
  const invalid = bodies.map((b) => validateTaskBody(b, ctx)).filter((e) => e.length > 0);
  if (invalid.length > 0) throw new Error(`generated bodies fail validation: ${JSON.stringify(invalid[0])}`);

  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    let errors = 0;
    for (const b of bodies) errors += validateTaskBody(b, ctx).length;
    const ms = performance.now() - start;
    if (errors !== 0) throw new Error('validation changed its mind between runs');
    rates.push((BODIES / ms) * 1000);
  }
  const rate = median(rates);
  return publish({
    name: 'validation',
    title: 'Validation: validateTaskBody, 300-field flow',
    date: new Date().toISOString(),
    columns: ['bodies per run', 'runs', 'median bodies/s', 'min bodies/s', 'max bodies/s', 'µs per body'],
    rows: [
      {
        'bodies per run': BODIES,
        runs: RUNS,
        'median bodies/s': round(rate),
        'min bodies/s': round(Math.min(...rates)),
        'max bodies/s': round(Math.max(...rates)),
        'µs per body': round(1e6 / rate),
      },
    ],
    goals: [],
    notes: [
      `Each body fills all 300 fields (plus 30 \`<id>_unit\` keys, an assignee, a hub) with a valid value, so every check runs; all ${BODIES.toLocaleString('en-US')} are first checked to be valid. The first of ${RUNS} runs includes the JIT warm-up; the figure is the median.`,
    ],
    extra: { ratesPerRun: rates.map(round) },
  });
}

if (isMain(import.meta.url)) runValidation();

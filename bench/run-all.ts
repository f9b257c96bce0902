// `npm run bench`: every benchmark of issues 5 and 11 in one run, then docs/performance.md rebuilt from
// bench/results/*.json. `npm run bench -- server typing` runs only those (the report keeps the others'
// latest results).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBrowser } from './browser';
import { runFirstLoad } from './first-load';
import { runImport } from './import';
import { runPlaceSuggest } from './place-suggest';
import { machine } from './lib/machine';
import { RESULTS_DIR } from './lib/table';
import { writeReport } from './report';
import { runPlaces } from './places';
import { runScale } from './scale';
import { runServer } from './server';
import { runServerStages } from './server-stages';
import { runValidation } from './validation';

const STEPS: Record<string, () => unknown> = {
  'first-load': runFirstLoad,
  validation: runValidation,
  server: async () => {
    await runServerStages();
    await runServer();
  },
  browser: runBrowser,
  import: runImport,
  places: runPlaces,
  'place-suggest': runPlaceSuggest,
  scale: runScale,
};
const aliases: Record<string, string> = {
  bulk: 'server',
  'server-stages': 'server',
  typing: 'browser',
  'flow-switch': 'browser',
};

const asked = process.argv.slice(2).map((a) => aliases[a] ?? a);
const unknown = asked.filter((a) => !(a in STEPS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(STEPS).join(', ')}, bulk, typing, flow-switch.`,
  );
  process.exit(2);
}
const start = performance.now();
const info = { ...machine(), date: new Date().toISOString() };
console.log(
  `Task Composer benchmarks on ${info.cpu} × ${info.cores}, Node ${info.node}, load ${info.loadAtStart}`,
);
for (const [name, run] of Object.entries(STEPS)) {
  if (asked.length > 0 && !asked.includes(name)) continue;
  console.log(`\n# ${name}`);
  await run();
}
// The machine line of the report dates the last full run: a subset leaves it as it was.
if (asked.length === 0)
  writeFileSync(join(RESULTS_DIR, 'machine.json'), `${JSON.stringify(info, null, 2)}\n`);
const path = await writeReport();
console.log(`\n${path} rewritten; all done in ${Math.round((performance.now() - start) / 1000)} s.`);

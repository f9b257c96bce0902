// The flow switch table (item 3): from the click that chooses the 300-field form to its last field
// present, median of several mounts per page, and ours against rjsf.
import type { PageRun } from '../browser';
import { median, percentile, ratio, round } from '../lib/stats';
import { publish, type BenchResult, type Goal } from '../lib/table';
import { MOUNT_RUNS } from './measure';

export function flowSwitchResult(runs: PageRun[], chromium: string): BenchResult {
  const present = new Map(runs.map((r) => [r.name, r.mounts.map((m) => m.present)]));
  const rows = runs.map((r) => {
    const p = present.get(r.name) ?? [];
    return {
      page: r.label,
      mounts: p.length,
      'median ms': round(median(p)),
      'min ms': round(Math.min(...p)),
      'max ms': round(Math.max(...p)),
      'median to next frame ms': round(median(r.mounts.map((m) => m.painted))),
      'map chunk fetched': r.name === 'ours' ? (r.mapRequests.length > 0 ? 'yes' : 'no') : null,
    };
  });
  const goals: Goal[] = [];
  const ours = present.get('ours');
  const rjsf = present.get('rjsf');
  if (ours) {
    const m = median(ours);
    goals.push({ text: 'flow switch: under 100 ms median', met: m < 100, measured: `${round(m)} ms` });
    if (rjsf) {
      const x = ratio(m, median(rjsf));
      goals.push({
        text: 'flow switch: at most half of rjsf’s mount time',
        met: x <= 0.5,
        measured: `${round(m)} ms vs ${round(median(rjsf))} ms = ${x}×`,
      });
    }
    const mapped = runs.find((r) => r.name === 'ours')?.mapRequests ?? [];
    goals.push({
      text: 'the map chunk is not fetched for a flow without a location field',
      met: mapped.length === 0,
      measured: mapped.length === 0 ? 'not fetched' : `fetched: ${mapped.join(', ')}`,
    });
  }
  return publish({
    name: 'flow-switch',
    title: 'Flow switch: choosing the 300-field flow until its last field is present (Chromium)',
    date: new Date().toISOString(),
    columns: Object.keys(rows[0] ?? {}),
    rows,
    goals,
    notes: [
      `${MOUNT_RUNS} mounts per page, the first one included (a person's first switch pays the warm-up too), the pages taking turns. Timed from the click (capture listener on window) to the DOM mutation after which the last field exists; "to next frame" adds the following animation frame and the task after it. Ours: the click on "${'Bench 300 fields'}" in the real flow picker, after switching to a three-field flow; rjsf and JSON Forms: a button that renders their <Form> of the same 300 fields; plain: the same fields built with DOM calls.`,
      `p95 of ours over ${MOUNT_RUNS} mounts: ${round(percentile(ours ?? [], 95))} ms. Chromium ${chromium}.`,
    ],
    extra: {
      chromium,
      samples: Object.fromEntries(
        runs.map((r) => [r.name, r.mounts.map((m) => [round(m.present), round(m.painted)])]),
      ),
    },
  });
}

// The typing table (item 2): per page p50/p95 of the synchronous cost and of the time to the next task,
// their ratio to the plain HTML floor, and how many characters survived back-to-back typing.
import type { PageRun } from '../browser';
import { percentile, ratio, round } from '../lib/stats';
import { publish, type BenchResult, type Goal } from '../lib/table';
import { KEYS_PER_FIELD, LONG_PAUSE_MS, PAUSE_MS, TYPED_FIELDS } from './measure';

interface Figures {
  syncP50: number;
  syncP95: number;
  nextP50: number;
  nextP95: number;
}

function figures(run: PageRun): Figures {
  const sync = run.keys.map((k) => k.sync);
  const next = run.keys.map((k) => k.next);
  return {
    syncP50: percentile(sync, 50),
    syncP95: percentile(sync, 95),
    nextP50: percentile(next, 50),
    nextP95: percentile(next, 95),
  };
}

export function typingResult(runs: PageRun[], chromium: string): BenchResult {
  const by = new Map(runs.map((r) => [r.name, { run: r, f: figures(r) }]));
  const floor = by.get('plain')?.f;
  const rows = runs.map((r) => {
    const f = by.get(r.name)!.f;
    return {
      page: r.label,
      keys: r.keys.length,
      'sync p50 ms': round(f.syncP50),
      'sync p95 ms': round(f.syncP95),
      'next task p50 ms': round(f.nextP50),
      'next task p95 ms': round(f.nextP95),
      '× floor (sync p50/p95)': floor
        ? `${ratio(f.syncP50, floor.syncP50)} / ${ratio(f.syncP95, floor.syncP95)}`
        : null,
      'fast typing kept': `${r.burst.kept}/${r.burst.typed}`,
    };
  });
  const goals: Goal[] = [];
  const ours = by.get('ours');
  if (ours && floor) {
    const within = (key: keyof Figures, what: string) => {
      const x = ratio(ours.f[key], floor[key]);
      goals.push({
        text: `typing: ${what} within 1.5× of the plain HTML floor`,
        met: x <= 1.5,
        measured: `${round(ours.f[key])} ms vs ${round(floor[key])} ms = ${x}×`,
      });
    };
    within('syncP50', 'synchronous cost p50');
    within('syncP95', 'synchronous cost p95');
    within('nextP50', 'time to next task p50');
    within('nextP95', 'time to next task p95');
    for (const [name, factor] of [
      ['rjsf', 4],
      ['jsonforms', 10],
    ] as const) {
      const other = by.get(name);
      if (!other) continue;
      const x = ratio(other.f.syncP50, ours.f.syncP50);
      goals.push({
        text: `typing: at least ${factor}× ahead of ${other.run.label} (sync p50)`,
        met: x >= factor,
        measured: `${round(other.f.syncP50)} ms vs ${round(ours.f.syncP50)} ms = ${x}×`,
      });
    }
    goals.push({
      text: 'typing: ours keeps every character of fast back-to-back typing',
      met: ours.run.burst.intact,
      measured: `${ours.run.burst.kept}/${ours.run.burst.typed} kept`,
    });
  }
  const presses = TYPED_FIELDS.length * KEYS_PER_FIELD;
  return publish({
    name: 'typing',
    title: 'Typing on the 300-field flow (Chromium)',
    date: new Date().toISOString(),
    columns: Object.keys(rows[0] ?? {}),
    rows,
    goals,
    notes: [
      `${presses} key presses per page: ${KEYS_PER_FIELD} letters into each of ${TYPED_FIELDS.length} text fields spread over the form, ${PAUSE_MS} ms after each key and ${LONG_PAUSE_MS} ms after every tenth field (so ours' draft autosave and request preview run during the test). "sync" = keydown (capture on window) → input (bubble on window); "next task" = keydown → a MessageChannel message posted from that input listener. Ours runs the real app (StrictMode, all providers) with the request preview open, draft autosave and onSelect rules live. The four pages are open side by side and typed into in turn, one field each, so that the load of this shared machine falls on all four alike.`,
      `Fast typing: ${runs[0]?.burst.typed ?? 0} characters sent through the DevTools protocol without waiting for any of them (${runs.map((r) => `${r.name} ${Math.round(r.burst.rate)}/s`).join(', ')}), then the value the form holds is read (for ours: the body in the request preview). "kept" counts the characters up to the first difference.`,
      `Chromium ${chromium}, headless, 1280×800.`,
      ...runs
        .filter((r) => r.errors.length > 0)
        .map((r) => `${r.label} logged errors: ${r.errors.slice(0, 3).join(' | ')}`),
    ],
    extra: {
      chromium,
      samples: Object.fromEntries(
        runs.map((r) => [r.name, r.keys.map((k) => [round(k.sync), round(k.next)])]),
      ),
    },
  });
}

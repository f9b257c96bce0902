// Every benchmark prints one table and writes the same rows to bench/results/<name>.json, so the
// report (docs/performance.md) is rebuilt from the JSON files alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Goal {
  /** what is promised, in words */
  text: string;
  met: boolean;
  /** the measured figure(s) the verdict rests on */
  measured: string;
}

export interface BenchResult {
  name: string;
  title: string;
  /** ISO date-time of the run */
  date: string;
  columns: string[];
  rows: Row[];
  goals: Goal[];
  /** how it was measured, and what limits it: one paragraph each */
  notes: string[];
  /** anything else worth keeping (raw samples, settings) */
  extra?: Record<string, unknown>;
}

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'number') return Number.isFinite(c) ? c.toLocaleString('en-US') : String(c);
  return String(c);
}

/** The rows as a plain-text table (also valid Markdown). */
export function formatTable(columns: string[], rows: Row[]): string {
  const cells = [columns, ...rows.map((r) => columns.map((c) => cellText(r[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(columns), rule, ...cells.slice(1).map(line)].join('\n');
}

export function printResult(r: BenchResult): void {
  console.log(`\n## ${r.title}\n`);
  console.log(formatTable(r.columns, r.rows));
  for (const g of r.goals) console.log(`${g.met ? 'MET ' : 'MISS'}  ${g.text}: ${g.measured}`);
}

/** Prints the table and writes bench/results/<name>.json. */
export function publish(r: BenchResult): BenchResult {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${r.name}.json`), `${JSON.stringify(r, null, 2)}\n`);
  printResult(r);
  return r;
}

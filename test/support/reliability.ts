// Reliability tests write what they injected and how many cases they ran; scripts/reliability-report.ts
// turns these files (and the Vitest JSON report) into docs/reliability.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toolEnv } from './tool-env';

export const RELIABILITY_DIR = resolve(toolEnv.reliabilityDir);

export interface ReliabilityRecord {
  /** file name and anchor: kebab-case */
  id: string;
  title: string;
  /** the test file or script that produced it */
  source: string;
  /** what the test throws at the system, in one or two sentences */
  injects: string;
  /** what must hold */
  checks: string;
  /** generated or executed cases in this run */
  cases: number;
  /** further measured figures, printed as a table */
  figures: Record<string, number | string>;
  /** false when a check failed or a test of the record did not finish (a record written from afterAll) */
  passed: boolean;
}

export function recordReliability(record: ReliabilityRecord): void {
  mkdirSync(RELIABILITY_DIR, { recursive: true });
  writeFileSync(
    join(RELIABILITY_DIR, `${record.id}.json`),
    JSON.stringify({ ...record, at: new Date().toISOString() }, null, 2),
  );
}

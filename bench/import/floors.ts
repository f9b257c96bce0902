// The import's floors, measured in Node in the same run as the browser: the spreadsheet library alone
// reading the same bytes, src/flow's row check alone over the same rows, and the same bulk requests the
// page sent, posted by Node's fetch one after another to a fresh server.
import { performance } from 'node:perf_hooks';
import readXlsxFile from 'read-excel-file/node';
import { rowChecker } from '../../src/flow/import/check-row';
import { autoMap } from '../../src/flow/import/mapping';
import { importTargets } from '../../src/flow/import/targets';
import type { Cell } from '../../src/flow/import/types';
import { startServerProcess } from '../../test/support/server-process';
import { ROOT } from '../lib/first-load';
import { median } from '../lib/stats';
import type { ImportSheet } from './sheet';

const RUNS = 5;

export interface ParseFloor {
  /** read-excel-file/node over the file's bytes, each run */
  parseMs: number[];
  /** rowChecker over every data row, each run */
  checkMs: number[];
  /** rows with at least one error (the file is meant to have none) */
  invalid: number;
  rows: number;
}

/** Reads the file RUNS times with read-excel-file/node, then checks its rows RUNS times with rowChecker. */
export async function parseFloor(sheet: ImportSheet): Promise<ParseFloor> {
  const parseMs: number[] = [];
  let data: unknown[][] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const sheets = await readXlsxFile(sheet.xlsx);
    parseMs.push(performance.now() - start);
    data = (sheets[0]?.data ?? []) as unknown[][];
  }
  const header = (data[0] ?? []).map(String);
  const rows = data.slice(1).map((r) => r.map((c) => (c ?? null) as Cell));
  const mapping = autoMap(header, importTargets(sheet.flow));
  const checkMs: number[] = [];
  let invalid = 0;
  for (let i = 0; i < RUNS; i++) {
    // A new checker each run, as the page makes one per mapping: its memo starts empty.
    const check = rowChecker(sheet.flow, mapping, sheet.lists);
    const start = performance.now();
    invalid = 0;
    for (const cells of rows) if (check(cells).errors.length > 0) invalid++;
    checkMs.push(performance.now() - start);
  }
  return { parseMs, checkMs, invalid, rows: rows.length };
}

export interface CreateFloor {
  ms: number;
  created: number;
  requests: number;
}

/** The bulk bodies the page sent, posted in order by Node to a fresh server: the HTTP and server floor. */
export async function createFloor(bodies: string[]): Promise<CreateFloor> {
  const server = await startServerProcess({ cwd: ROOT });
  try {
    const headers = {
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/json',
      accept: 'application/json',
    };
    let created = 0;
    const start = performance.now();
    for (const [i, body] of bodies.entries()) {
      const res = await fetch(`${server.api}/tasks/bulk/`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `bench-floor-${i}-${Date.now()}` },
        body,
      });
      const reply = (await res.json()) as { success?: number };
      if (res.status !== 201)
        throw new Error(`bulk floor: ${res.status} ${JSON.stringify(reply).slice(0, 300)}`);
      created += reply.success ?? 0;
    }
    return { ms: performance.now() - start, created, requests: bodies.length };
  } finally {
    await server.stop();
  }
}

export const medianOf = (xs: number[]) => median(xs);

// Import-session tests: a fresh in-memory IndexedDB per test, sessions and rows to send, and a
// POST /tasks/bulk/ that keeps Idempotency-Keys as our server does (decision 019).
import { IDBFactory } from 'fake-indexeddb';
import { http, HttpResponse } from 'msw';
import { beforeEach } from 'vitest';
import { api, server } from '../../../api/testing/msw';
import type { ImportSession } from './types';

export function freshImportDbPerTest(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
}

let n = 0;

export function sessionFor(account: string, patch: Partial<ImportSession> = {}): ImportSession {
  n++;
  const at = new Date(Date.UTC(2026, 11, 6, 8, 0, n)).toISOString();
  return {
    id: `import-${n}`,
    account,
    flowName: 'Visit',
    source: { name: 'visits.xlsx', kind: 'xlsx' },
    header: ['Customer', 'Phone'],
    rows: [],
    mapping: ['field1', 'field2'],
    step: 'review',
    chunks: [],
    results: {},
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
}

/** `count` rows from spreadsheet line 2 on, each a body naming its line, and the session holding them. */
export function rowsFor(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    body: { flow: 'Visit', hubId: 'hub-jkt', field1: `Customer ${i + 2}`, field2: `0812${i + 2}` },
  }));
}

export function sheetRowsOf(rows: { line: number; body: Record<string, unknown> }[]) {
  return rows.map((r) => ({ line: r.line, cells: [r.body.field1 as string, r.body.field2 as string] }));
}

export interface SeenRequest {
  key: string | null;
  /** the body exactly as sent */
  text: string;
  refIds: string[];
}

export interface FakeBulk {
  requests: SeenRequest[];
  /** tasks created by refId: more than 1 would be a duplicate */
  created: Map<string, number>;
}

/**
 * Answers POST /tasks/bulk/ like our server: a new key creates every task whose field1 is not 'bad', a
 * repeated key gets its first answer again. `before(n)` may answer request n itself (1-based) instead.
 */
export function fakeBulkServer(
  before?: (n: number, req: SeenRequest) => Promise<Response | undefined>,
): FakeBulk {
  const fake: FakeBulk = { requests: [], created: new Map() };
  const answers = new Map<string, { success: number; failed: number; tasks: unknown[] }>();
  let ids = 0;
  server.use(
    http.post(api('/tasks/bulk/'), async ({ request }) => {
      const text = await request.text();
      const body = JSON.parse(text) as { tasks: Record<string, unknown>[] };
      const seen = {
        key: request.headers.get('idempotency-key'),
        text,
        refIds: body.tasks.map((t) => String(t.refId)),
      };
      fake.requests.push(seen);
      const own = await before?.(fake.requests.length, seen);
      if (own) return own;
      if (seen.key !== null && answers.has(seen.key))
        return HttpResponse.json(answers.get(seen.key), { status: 201 });
      const tasks = body.tasks.map((t) => {
        const refId = String(t.refId);
        if (t.field1 === 'bad')
          return {
            status: false,
            message: 'The Customer field is required.',
            errors: { field1: ['required'] },
            refId,
          };
        fake.created.set(refId, (fake.created.get(refId) ?? 0) + 1);
        return { status: true, message: 'Task has been created', _id: `task-${++ids}`, refId };
      });
      const answer = { success: tasks.filter((t) => t.status).length, failed: 0, tasks };
      answer.failed = tasks.length - answer.success;
      if (seen.key !== null) answers.set(seen.key, answer);
      return HttpResponse.json(answer, { status: 201 });
    }),
  );
  return fake;
}

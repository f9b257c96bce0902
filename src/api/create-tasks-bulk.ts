import type { Connection } from './connection';
import { ApiError, apiFetch } from './http';
import { IDEMPOTENCY_HEADER } from './idempotency-key';

/** What the server said of one task of a bulk request (mileapp-api.md §3, decision 011). */
export interface BulkItem {
  status: boolean;
  message: string;
  _id?: string;
  refId?: string;
  errors?: Record<string, string[]>;
}

/** The 201 of POST /tasks/bulk/: counts, and one result per task in the order they were sent. */
export interface BulkAnswer {
  success: number;
  failed: number;
  tasks: BulkItem[];
}

export interface BulkOptions {
  /** names this request: our server answers a repeat with the first answer; MileApp ignores it (decision 042) */
  key: string;
  signal?: AbortSignal;
  /** the default grows with the number of tasks: see bulkTimeoutMs */
  timeoutMs?: number;
}

/**
 * How long a bulk request may take: 30 s, plus 90 ms a task for a 1,000-task body of about half a
 * megabyte going up a slow phone connection and being stored one by one by MileApp (120 s in all).
 */
export function bulkTimeoutMs(tasks: number): number {
  return 30_000 + 90 * tasks;
}

function readItem(raw: unknown): BulkItem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.status !== 'boolean') return null;
  const item: BulkItem = { status: r.status, message: typeof r.message === 'string' ? r.message : '' };
  if (typeof r._id === 'string') item._id = r._id;
  if (typeof r.refId === 'string') item.refId = r.refId;
  if (typeof r.errors === 'object' && r.errors !== null && !Array.isArray(r.errors)) {
    const errors: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(r.errors as Record<string, unknown>)) {
      const list = Array.isArray(value) ? value : [value];
      errors[key] = list.filter((m): m is string => typeof m === 'string');
    }
    item.errors = errors;
  }
  return item;
}

/** POST /tasks/bulk/ with `{ tasks }`, one try; an answer without a result list is an ApiError. */
export async function createTasksBulk(
  conn: Connection,
  tasks: Record<string, unknown>[],
  opts: BulkOptions,
): Promise<BulkAnswer> {
  const res = await apiFetch<{ success?: unknown; failed?: unknown; tasks?: unknown }>(conn, '/tasks/bulk/', {
    method: 'POST',
    body: { tasks },
    signal: opts.signal,
    timeoutMs: opts.timeoutMs ?? bulkTimeoutMs(tasks.length),
    headers: { [IDEMPOTENCY_HEADER]: opts.key },
  });
  const items = Array.isArray(res.tasks) ? res.tasks.map(readItem) : null;
  if (items === null || items.some((i) => i === null)) {
    throw new ApiError('The server answered without a result for each task', { status: 200, kind: 'http' });
  }
  const list = items as BulkItem[];
  const success = typeof res.success === 'number' ? res.success : list.filter((i) => i.status).length;
  const failed = typeof res.failed === 'number' ? res.failed : list.length - success;
  return { success, failed, tasks: list };
}

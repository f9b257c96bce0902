// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import type { Connection } from './connection';
import { apiFetch } from './http';
import { IDEMPOTENCY_HEADER } from './idempotency-key';

export interface BulkItem {
  status: boolean;
  message: string;
  _id?: string;
  refId?: string;
  errors?: Record<string, string[]>;
}
export interface BulkAnswer {
  success: number;
  failed: number;
  tasks: BulkItem[];
}

export function createTasksBulk(
  conn: Connection,
  tasks: Record<string, unknown>[],
  opts: { key: string; signal?: AbortSignal },
): Promise<BulkAnswer> {
  return apiFetch<BulkAnswer>(conn, '/tasks/bulk', {
    method: 'POST',
    body: { tasks },
    signal: opts.signal,
    timeoutMs: 60_000,
    headers: { [IDEMPOTENCY_HEADER]: opts.key },
  });
}

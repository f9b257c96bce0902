// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import type { Connection } from '../../../api/connection';
import { createTasksBulk } from '../../../api/create-tasks-bulk';
import { newIdempotencyKey } from '../../../api/idempotency-key';
import type { ImportStore } from './store';
import { rowRefId, type ImportSession } from './types';

export interface SendProgress {
  total: number;
  done: number;
  created: number;
  failed: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  waitingSeconds: number | null;
  state: 'sending' | 'waiting' | 'stopped' | 'done' | 'error';
  error?: string;
}
export interface SendDeps {
  conn: Connection;
  store: ImportStore;
  signal?: AbortSignal;
  onProgress?(p: SendProgress): void;
  onSession?(s: ImportSession): void;
}

export async function sendRows(
  session: ImportSession,
  rows: { line: number; body: Record<string, unknown> }[],
  deps: SendDeps,
): Promise<ImportSession> {
  let s = session;
  let created = 0;
  let failed = 0;
  const p = (state: SendProgress['state'], done: number, error?: string): SendProgress => ({
    total: rows.length,
    done,
    created,
    failed,
    rowsPerSecond: null,
    secondsLeft: null,
    waitingSeconds: null,
    state,
    error,
  });
  deps.onProgress?.(p('sending', 0));
  for (let i = 0; i < rows.length; i += 1000) {
    const part = rows.slice(i, i + 1000);
    const key = newIdempotencyKey();
    const bodies = part.map((r) => ({ ...r.body, refId: rowRefId(s, r.line) }));
    try {
      const answer = await createTasksBulk(deps.conn, bodies, { key, signal: deps.signal });
      const results = { ...s.results };
      answer.tasks.forEach((t, j) => {
        const line = part[j]!.line;
        if (t.status && t._id) {
          results[line] = { ok: true, taskId: t._id };
          created++;
        } else {
          results[line] = { ok: false, message: t.message, errors: t.errors ?? {} };
          failed++;
        }
      });
      s = {
        ...s,
        results,
        chunks: [...s.chunks, { key, lines: part.map((r) => r.line), bodies, state: 'answered' }],
      };
      await deps.store.save(s);
      deps.onSession?.(s);
      deps.onProgress?.(p('sending', i + part.length));
    } catch (e) {
      deps.onProgress?.(p('error', i, e instanceof Error ? e.message : String(e)));
      return s;
    }
  }
  s = { ...s, step: 'done' };
  deps.onSession?.(s);
  deps.onProgress?.(p('done', rows.length));
  return s;
}

// Sends an import's rows exactly once (decision 042): a chunk's key, lines and bodies are saved before its
// request goes out, its results right after its answer, so a reload re-sends only what got no answer, under
// the same key, and never a row that was created.
import type { Connection } from '../../../api/connection';
import type { BulkAnswer } from '../../../api/create-tasks-bulk';
import type { ApiFailure } from '../../../api/failure';
import { newIdempotencyKey } from '../../../api/idempotency-key';
import { BULK_POLICY, type RetryPolicy } from '../../../api/retry-policy';
import { sendChunk, type ChunkOutcome } from './send-chunk';
import type { ImportStore } from './store';
import { rowRefId, type ChunkRecord, type ImportSession, type RowResult } from './types';

/** POST /tasks/bulk/ takes 2,000; MileApp's own import takes 1,000, and so does one chunk here. */
export const MAX_CHUNK = 1000;

export interface SendProgress {
  total: number;
  done: number;
  created: number;
  failed: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  waitingSeconds: number | null;
  state: 'sending' | 'waiting' | 'stopped' | 'done' | 'error';
  /** while waiting: a rate limit (429), or no usable answer yet (the chunk is asked again) */
  waitingFor?: 'rate-limit' | 'no-answer';
  /** the failure behind an error, or behind a wait for no answer */
  error?: string;
  /** an error because another tab is sending this import */
  elsewhere?: boolean;
}

export interface RowToSend {
  line: number;
  body: Record<string, unknown>;
}

export interface SendDeps {
  conn: Connection;
  store: ImportStore;
  signal?: AbortSignal;
  onProgress?(p: SendProgress): void;
  onSession?(s: ImportSession): void;
  /** BULK_POLICY unless a test gives a faster one */
  policy?: RetryPolicy;
  /** each request's; by default it grows with the chunk (bulkTimeoutMs) */
  timeoutMs?: number;
  /** rows per chunk, at most MAX_CHUNK */
  chunkSize?: number;
}

const now = () => new Date().toISOString();

function resultOf(item: BulkAnswer['tasks'][number]): RowResult {
  return item.status
    ? { ok: true, taskId: item._id ?? '' }
    : { ok: false, message: item.message, errors: item.errors ?? {} };
}

/** Each answer item's line: by its refId, else by its place in the request. */
function answeredResults(
  s: ImportSession,
  chunk: ChunkRecord,
  answer: BulkAnswer,
): Record<number, RowResult> {
  const lineOf = new Map(chunk.lines.map((line) => [rowRefId(s, line), line]));
  const out: Record<number, RowResult> = {};
  answer.tasks.forEach((item, i) => {
    const line = (item.refId === undefined ? undefined : lineOf.get(item.refId)) ?? chunk.lines[i];
    if (line !== undefined) out[line] = resultOf(item);
  });
  return out;
}

function refusedResults(chunk: ChunkRecord, failure: ApiFailure): Record<number, RowResult> {
  const result: RowResult = { ok: false, message: failure.message, errors: failure.errors ?? {} };
  return Object.fromEntries(chunk.lines.map((line) => [line, result]));
}

/** Keeps the last row given for a line, and only rows still to create that no unanswered chunk holds. */
function freshRows(s: ImportSession, rows: RowToSend[], held: Set<number>): RowToSend[] {
  const byLine = new Map(rows.map((r) => [r.line, r]));
  return [...byLine.values()].filter((r) => s.results[r.line]?.ok !== true && !held.has(r.line));
}

function progressMeter(total: number, alreadyCreated: number, onProgress?: (p: SendProgress) => void) {
  const started = Date.now();
  let sent = 0;
  const p: SendProgress = {
    total,
    done: alreadyCreated,
    created: alreadyCreated,
    failed: 0,
    rowsPerSecond: null,
    secondsLeft: null,
    waitingSeconds: null,
    state: 'sending',
  };
  const tell = (patch: Partial<SendProgress>) => {
    Object.assign(p, patch);
    if (patch.state !== 'waiting') {
      delete p.waitingFor;
      p.waitingSeconds = null;
    }
    if (patch.state !== 'waiting' && patch.state !== 'error') delete p.error;
    onProgress?.({ ...p });
  };
  return {
    tell,
    answered(results: RowResult[]) {
      sent += results.length;
      const created = results.filter((r) => r.ok).length;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const rate = sent / seconds;
      const done = p.done + results.length;
      tell({
        done,
        created: p.created + created,
        failed: p.failed + results.length - created,
        rowsPerSecond: rate,
        secondsLeft: (total - done) / rate,
        state: 'sending',
      });
    },
  };
}

/**
 * Re-sends the session's unanswered chunks, then sends `rows` in new chunks; returns the session as last
 * saved. Rows already created are never sent again, even when given.
 */
export async function sendRows(
  session: ImportSession,
  rows: RowToSend[],
  deps: SendDeps,
): Promise<ImportSession> {
  const size = Math.max(1, Math.min(deps.chunkSize ?? MAX_CHUNK, MAX_CHUNK));
  const policy = deps.policy ?? BULK_POLICY;
  let s = session;
  const pending = s.chunks.filter((c) => c.state === 'sending');
  const held = new Set(pending.flatMap((c) => c.lines));
  const fresh = freshRows(s, rows, held);
  const all = new Set([...held, ...rows.map((r) => r.line)]);
  const alreadyCreated = [...all].filter((line) => s.results[line]?.ok === true).length;
  const meter = progressMeter(all.size, alreadyCreated, deps.onProgress);
  meter.tell({ state: 'sending' });

  const keep = async (next: ImportSession) => {
    await deps.store.save(next);
    s = next;
    deps.onSession?.(s);
  };
  const finish = (chunk: ChunkRecord, results: Record<number, RowResult>): ImportSession => {
    const merged = { ...s.results, ...results };
    const allCreated = s.rows.length > 0 && s.rows.every((r) => merged[r.line]?.ok === true);
    return {
      ...s,
      // The bodies of an answered chunk are never sent again: only its key and lines are kept.
      chunks: s.chunks.map((c) =>
        c.key === chunk.key ? { ...c, bodies: [], state: 'answered' as const } : c,
      ),
      results: merged,
      step: allCreated ? 'done' : s.step,
      updatedAt: now(),
    };
  };

  const queue: (ChunkRecord | RowToSend[])[] = [...pending];
  for (let i = 0; i < fresh.length; i += size) queue.push(fresh.slice(i, i + size));

  for (const next of queue) {
    if (deps.signal?.aborted) break;
    let chunk: ChunkRecord;
    if (Array.isArray(next)) {
      chunk = {
        key: newIdempotencyKey(),
        lines: next.map((r) => r.line),
        bodies: next.map((r) => ({ ...r.body, refId: rowRefId(s, r.line) })),
        state: 'sending',
      };
      try {
        await keep({ ...s, chunks: [...s.chunks, chunk], step: 'send', updatedAt: now() });
      } catch (error) {
        // Not saved, not sent: a request whose key could be lost is never made.
        meter.tell({ state: 'error', error: error instanceof Error ? error.message : String(error) });
        return s;
      }
    } else {
      chunk = next;
    }

    const outcome: ChunkOutcome = await sendChunk(chunk, {
      conn: deps.conn,
      policy,
      signal: deps.signal,
      ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
      onWait: ({ seconds, failure }) =>
        meter.tell({
          state: 'waiting',
          waitingSeconds: seconds,
          waitingFor: failure.kind === 'rate-limited' ? 'rate-limit' : 'no-answer',
          ...(failure.kind === 'rate-limited' ? {} : { error: failure.message }),
        }),
    });
    if (outcome.kind === 'aborted') break;
    if (outcome.kind === 'gave-up') {
      meter.tell({ state: 'error', error: outcome.failure.message });
      return s;
    }
    const results =
      outcome.kind === 'answered'
        ? answeredResults(s, chunk, outcome.answer)
        : refusedResults(chunk, outcome.failure);
    try {
      await keep(finish(chunk, results));
    } catch (error) {
      meter.tell({ state: 'error', error: error instanceof Error ? error.message : String(error) });
      return s;
    }
    meter.answered(chunk.lines.map((line) => results[line] ?? { ok: false, message: '', errors: {} }));
  }
  meter.tell({ state: deps.signal?.aborted ? 'stopped' : 'done' });
  return s;
}

// Every failed call sorted once, by what it means for asking again. Features present a failure in their
// own words (the form's alert, the outbox's reason) but read its meaning only from here.
import { MAY_ALREADY_EXIST_CODE } from '../shared/failed-codes';
import { ApiError } from './http';

export type FailureKind =
  /** no answer at all (network, refused connection); the request may or may not have arrived */
  | 'unreachable'
  /** no answer within the call's timeout; the request may have arrived */
  | 'timeout'
  /** a 5xx: the server failed this time */
  | 'server'
  /** an answer the app cannot use (not JSON, a 2xx without what was asked), or no API failure at all */
  | 'unexpected'
  /** 429, or 408: the server asks to come back later */
  | 'rate-limited'
  /** 401: the token is refused; nothing goes through until the person connects again */
  | 'unauthorized'
  /** 409: the idempotency key was already used for another body */
  | 'conflict'
  /** 409 `task-031`: an earlier try reached MileApp but its answer was lost; the task may exist (decision 060) */
  | 'maybe-created'
  /** 400 or 422: the body's values are refused, with messages by body key */
  | 'invalid-body'
  /** any other 4xx: the server will not take this request as it is */
  | 'refused-body';

export interface ApiFailure {
  kind: FailureKind;
  /** the HTTP status; 0 when no answer came */
  status: number;
  message: string;
  /** the server's messages by body key, when it sent any */
  errors?: Record<string, string[]>;
  /** the wait the server asked for (Retry-After), when it said */
  retryAfterMs?: number;
}

function kindOfStatus(status: number, failedCode: string | undefined): FailureKind {
  if (status >= 500) return 'server';
  if (status < 400) return 'unexpected';
  if (status === 401) return 'unauthorized';
  if (status === 408 || status === 429) return 'rate-limited';
  if (status === 409) return failedCode === MAY_ALREADY_EXIST_CODE ? 'maybe-created' : 'conflict';
  if (status === 400 || status === 422) return 'invalid-body';
  return 'refused-body';
}

export function classify(error: unknown): ApiFailure {
  if (!(error instanceof ApiError)) {
    return { kind: 'unexpected', status: 0, message: error instanceof Error ? error.message : String(error) };
  }
  const kind = error.kind === 'network' ? 'unreachable' : error.kind === 'timeout' ? 'timeout' : null;
  return {
    kind: kind ?? kindOfStatus(error.status, error.failedCode),
    status: error.status,
    message: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  };
}

/** What each kind says beyond the wait (which is the policy's: retry-policy.ts). */
const MEANING: Record<FailureKind, { final: boolean; blocksOthers: boolean }> = {
  unreachable: { final: false, blocksOthers: true },
  timeout: { final: false, blocksOthers: true },
  server: { final: false, blocksOthers: false },
  unexpected: { final: false, blocksOthers: false },
  'rate-limited': { final: false, blocksOthers: true },
  unauthorized: { final: false, blocksOthers: true },
  conflict: { final: true, blocksOthers: false },
  'maybe-created': { final: true, blocksOthers: false },
  'invalid-body': { final: true, blocksOthers: false },
  'refused-body': { final: true, blocksOthers: false },
};

/**
 * The server's final word on this body: nothing was created under its idempotency key, so asking again
 * with the key cannot help; only a changed body can, under a new key.
 */
export function isFinal(failure: ApiFailure): boolean {
  return MEANING[failure.kind].final;
}

/** No other request to the same API would fare better right now, so a round of sends may stop. */
export function blocksOthers(failure: ApiFailure): boolean {
  return MEANING[failure.kind].blocksOthers;
}

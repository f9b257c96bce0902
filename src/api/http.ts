import { trimBaseUrl } from './base-url';
import { refusedByPolicy, watchPolicy } from './blocked-origins';
import type { Connection } from './connection';
import { readRetryAfter } from './retry-after';

export type ApiErrorKind = 'http' | 'network' | 'timeout';

/** Any failed API call. `status` is 0 when no HTTP answer came (network failure or timeout). */
export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  /** MileApp machine code (`task-001`, `sys-036`, …) when the server sent one */
  readonly failedCode?: string;
  /** Laravel-style field errors of a 400: body key → messages */
  readonly errors?: Record<string, string[]>;
  /** the answer was not JSON (a wrong base URL often serves an HTML page) */
  readonly notJson: boolean;
  /** no answer because this page's Content-Security-Policy does not let it call that origin */
  readonly refusedByPolicy: boolean;
  /** how long the server asked to wait (its `Retry-After` header), when it said */
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    opts: {
      status: number;
      kind: ApiErrorKind;
      failedCode?: string;
      errors?: Record<string, string[]>;
      notJson?: boolean;
      refusedByPolicy?: boolean;
      retryAfterMs?: number;
      cause?: unknown;
    },
  ) {
    super(message, { cause: opts.cause });
    this.name = 'ApiError';
    this.status = opts.status;
    this.kind = opts.kind;
    this.failedCode = opts.failedCode;
    this.errors = opts.errors;
    this.notJson = opts.notJson ?? false;
    this.refusedByPolicy = opts.refusedByPolicy ?? false;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface ApiFetchInit extends Omit<RequestInit, 'body'> {
  /** sent as JSON */
  body?: unknown;
  timeoutMs?: number;
}

export function apiUrl(baseUrl: string, path: string): string {
  return `${trimBaseUrl(baseUrl)}/${path.replace(/^\/+/, '')}`;
}

/** GET/POST against the MileApp API of `conn`: bearer token, JSON both ways, MileApp error envelope → ApiError. */
export async function apiFetch<T>(conn: Connection, path: string, init: ApiFetchInit = {}): Promise<T> {
  const { body, timeoutMs = DEFAULT_TIMEOUT_MS, signal: outer, headers, ...rest } = init;
  const url = apiUrl(conn.baseUrl, path);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // The caller's signal (TanStack Query cancelling) aborts too, but is not reported as a timeout.
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });

  watchPolicy();
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      signal: controller.signal,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${conn.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(headers as Record<string, string> | undefined),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (outer?.aborted && !timedOut) throw cause;
    if (timedOut) {
      throw new ApiError(`No answer from ${url} within ${timeoutMs / 1000} s`, {
        status: 0,
        kind: 'timeout',
        cause,
      });
    }
    const refused = await refusedByPolicy(url);
    throw new ApiError(
      refused ? `This page's Content-Security-Policy does not allow ${url}` : `Cannot reach ${url}`,
      { status: 0, kind: 'network', refusedByPolicy: refused, cause },
    );
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }

  const text = await response.text().catch(() => '');
  let data: unknown;
  let notJson = false;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    notJson = true;
  }
  if (!response.ok)
    throw errorFromEnvelope(
      response.status,
      data,
      notJson,
      readRetryAfter(response.headers.get('retry-after')),
    );
  if (notJson || data === undefined || typeof data !== 'object' || data === null) {
    throw new ApiError(`The answer of ${url} is not a JSON object`, {
      status: response.status,
      kind: 'http',
      notJson: true,
    });
  }
  return data as T;
}

function errorFromEnvelope(
  status: number,
  data: unknown,
  notJson: boolean,
  retryAfterMs: number | undefined,
): ApiError {
  const env = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const message = typeof env.message === 'string' && env.message !== '' ? env.message : `HTTP ${status}`;
  return new ApiError(message, {
    status,
    kind: 'http',
    failedCode: typeof env.failedCode === 'string' ? env.failedCode : undefined,
    errors: cleanErrors(env.errors),
    notJson,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Keeps only `{ key: string[] }` entries (a single string is accepted as a one-item list). */
function cleanErrors(raw: unknown): Record<string, string[]> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') out[key] = [value];
    else if (Array.isArray(value)) out[key] = value.filter((m): m is string => typeof m === 'string');
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

// Idempotency-Key in UPSTREAM mode (docs/decisions/060): MileApp ignores the header, so the gateway keeps
// the record local mode keeps (decision 019) and forwards a key's request at most once. When MileApp may
// have taken a request whose answer never came, its docs offer no way to look the task up, so the key
// answers "may already exist" instead of being sent again.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAY_ALREADY_EXIST_CODE } from '../../src/shared/failed-codes';
import type { UpstreamKeyRecord, UpstreamKeyStore } from '../store/upstream-key-rows';
import { failure, sendFailure } from './envelope';
import {
  fingerprint,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_TTL_MS,
  isIdempotencyKey,
  refuseMalformedKey,
  refuseReusedKey,
  sendReplay,
} from './idempotency';
import { sendToUpstream, type SendOutcome } from './upstream-send';

export const IN_PROGRESS_CODE = 'sys-032';

const MAY_EXIST = failure(
  'This task may already exist in MileApp: the request reached MileApp but its answer never came back. Check the task list before sending it again.',
  MAY_ALREADY_EXIST_CODE,
);
const IN_PROGRESS = failure(
  'A request with this Idempotency-Key is still being handled. Try again in a moment.',
  IN_PROGRESS_CODE,
);
const UPSTREAM_SILENT = failure('The upstream MileApp API did not answer.', 'sys-045');
const TOO_LARGE = failure('Payload Too Large.', 'sys-040');

export interface GatewayKeyOptions {
  keys: UpstreamKeyStore;
  now: () => Date;
  /** how long MileApp has to answer a keyed create before it counts as lost (default 30 s) */
  answerTimeoutMs?: number;
  /** how long a repeat waits for the first request of its key before "in progress" (default 10 s) */
  waitMs?: number;
}

/** The two create routes, by the path under /api/v3, with the names their fingerprints use. */
const ROUTES: Readonly<Record<string, string>> = {
  '/task': 'POST /task',
  '/tasks/bulk': 'POST /tasks/bulk/',
};

const POLL_MS = 50;
/** A pending record older than the answer timeout by this much lost the process that forwarded it. */
const ORPHAN_SLACK_MS = 5_000;

export function keyedRoute(method: string, pathUnderApi: string): string | undefined {
  if (method !== 'POST') return undefined;
  return ROUTES[pathUnderApi.replace(/\/+$/, '')];
}

/** Keys belong to the caller's token; only its hash is stored (decision 060). */
export function keyScope(authorization: string): string {
  return createHash('sha256').update(authorization, 'utf8').digest('hex');
}

async function readBody(body: unknown, limit: number): Promise<Buffer | 'too-large'> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as Readable) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > limit) return 'too-large';
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** The body as JSON when it is JSON, else its text: the same request fingerprints alike either way. */
function parsedOrText(body: Buffer): unknown {
  const text = body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

type Answered = Extract<SendOutcome, { kind: 'answered' }>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface KeyedForward {
  request: FastifyRequest;
  reply: FastifyReply;
  route: string;
  target: URL;
  headers: Record<string, string | string[] | undefined>;
  bodyLimit: number;
  /** sends MileApp's answer on to the client as it came */
  passOn(reply: FastifyReply, answer: Answered): FastifyReply;
}

/** Handles one keyed create from the key's header to the answer; undefined: not keyed, proxy it. */
export function gatewayKeys(options: GatewayKeyOptions) {
  const { keys, now } = options;
  const answerTimeoutMs = options.answerTimeoutMs ?? 30_000;
  const waitMs = options.waitMs ?? 10_000;

  /** The answer a repeat gets from its key's record, or undefined while the first is still in flight. */
  const answerOf = (reply: FastifyReply, fp: Buffer, rec: UpstreamKeyRecord, nowMs: number) => {
    if (!rec.fingerprint.equals(fp)) return refuseReusedKey(reply);
    if (rec.state === 'answered') return sendReplay(reply, rec.status, rec.response);
    if (rec.state === 'unknown' || rec.createdMs < nowMs - answerTimeoutMs - ORPHAN_SLACK_MS)
      return sendFailure(reply, 409, MAY_EXIST);
    return undefined;
  };

  async function forward(f: KeyedForward, scope: string, key: string, body: Buffer): Promise<FastifyReply> {
    const outcome = await sendToUpstream(f.target, f.headers, body, answerTimeoutMs);
    if (outcome.kind === 'not-sent') {
      await keys.release(scope, key);
      return sendFailure(f.reply, 502, UPSTREAM_SILENT);
    }
    if (outcome.kind === 'lost') {
      f.request.log.warn({ err: outcome.error }, 'upstream answer lost after the request was sent');
      await keys.settle(scope, key, 'unknown', 409, JSON.stringify(MAY_EXIST));
      return sendFailure(f.reply, 409, MAY_EXIST);
    }
    const { status } = outcome;
    if (status >= 200 && status < 300)
      await keys.settle(scope, key, 'answered', status, outcome.body.toString('utf8'));
    // A refusal created nothing (decision 019); a 5xx may have failed after the task was stored.
    else if (status < 500) await keys.release(scope, key);
    else await keys.settle(scope, key, 'unknown', status, outcome.body.toString('utf8'));
    return f.passOn(f.reply, outcome);
  }

  return async function handle(f: KeyedForward): Promise<FastifyReply | undefined> {
    const raw = f.request.headers[IDEMPOTENCY_HEADER];
    const authorization = f.request.headers.authorization;
    // Without a token MileApp refuses the request: nothing to keep.
    if (raw === undefined || authorization === undefined) return undefined;
    if (!isIdempotencyKey(raw)) return refuseMalformedKey(f.reply);
    const body = await readBody(f.request.body, f.bodyLimit);
    if (body === 'too-large') return sendFailure(f.reply.header('connection', 'close'), 413, TOO_LARGE);
    const fp = fingerprint(f.route, parsedOrText(body));
    const scope = keyScope(authorization);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const nowMs = now().getTime();
      const prior = await keys.claim(scope, raw, fp, nowMs, nowMs - IDEMPOTENCY_TTL_MS);
      if (prior === undefined) return forward(f, scope, raw, body);
      const answered = answerOf(f.reply, fp, prior, nowMs);
      if (answered !== undefined) return answered;
      if (Date.now() >= deadline) return sendFailure(f.reply.header('retry-after', '1'), 503, IN_PROGRESS);
      await sleep(POLL_MS);
    }
  };
}

// `Idempotency-Key` on POST /task and POST /tasks/bulk/ (our extension, docs/decisions/019): the first
// 201 answer of a key is stored with the tasks it created; the same key and body get that answer again,
// the same key with another body gets 409.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import type { IdempotentAnswer, NewIdempotentAnswer, Store } from '../store/types';
import { failure, sendFailure } from './envelope';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Keys are honoured for 24 hours after their first answer. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** 1–255 visible ASCII characters (a UUID, a ULID, or whatever a client uses). */
const KEY = /^[\x21-\x7e]{1,255}$/;

export const KEY_REUSED_CODE = 'sys-031';

declare module 'fastify' {
  interface FastifyRequest {
    /** the request's Idempotency-Key once `idempotent` has read it; null without one */
    idempotency: KeyedRequest | null;
  }
}

/** JSON with object keys sorted, so the same body sent with its keys in another order is the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  // Infinity and NaN (1e999 in JSON) must not fingerprint like null, which JSON.stringify makes of them.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(route: string, body: unknown): Buffer {
  return createHash('sha256')
    .update(`${route}\n${canonicalJson(body)}`, 'utf8')
    .digest();
}

export interface KeyedRequest {
  organizationId: string;
  key: string;
  fingerprint: Buffer;
}

/**
 * The request's key, or undefined without one. A malformed key is answered 400 here (and `false` is
 * returned): a key the client cannot rely on must not silently be ignored.
 */
function readIdempotencyKey(
  request: FastifyRequest,
  reply: FastifyReply,
  route: string,
): KeyedRequest | undefined | false {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  if (!isIdempotencyKey(raw)) {
    void refuseMalformedKey(reply);
    return false;
  }
  return {
    organizationId: request.auth.organizationId,
    key: raw,
    fingerprint: fingerprint(route, request.body),
  };
}

export function isIdempotencyKey(raw: string | string[] | undefined): raw is string {
  return typeof raw === 'string' && KEY.test(raw);
}

export function refuseMalformedKey(reply: FastifyReply): FastifyReply {
  const message = 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.';
  return sendFailure(reply, 400, failure(message, 'sys-003', { 'Idempotency-Key': [message] }));
}

export function refuseReusedKey(reply: FastifyReply): FastifyReply {
  return sendFailure(
    reply,
    409,
    failure(
      'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
      KEY_REUSED_CODE,
    ),
  );
}

/** A key's first answer sent again, marked as such. */
export function sendReplay(reply: FastifyReply, status: number, response: string): FastifyReply {
  return reply
    .code(status)
    .header('idempotent-replayed', 'true')
    .type('application/json; charset=utf-8')
    .send(response);
}

/** The stored answer again, or 409 when the key came with another request. */
export function replay(reply: FastifyReply, keyed: KeyedRequest, prior: IdempotentAnswer): FastifyReply {
  if (!prior.fingerprint.equals(keyed.fingerprint)) return refuseReusedKey(reply);
  return sendReplay(reply, prior.status, prior.response);
}

/** Looks the key up before any work: a repeat is answered without validating or building anything. */
async function answerRepeat(store: Store, reply: FastifyReply, keyed: KeyedRequest, nowMs: number) {
  const prior = await store.findIdempotentAnswer(keyed.organizationId, keyed.key, nowMs - IDEMPOTENCY_TTL_MS);
  return prior === undefined ? undefined : replay(reply, keyed, prior);
}

/**
 * Both create routes' preamble, as their preValidation hook: a malformed key is answered 400, and a key
 * that already has an answer gets it (or 409) before the body is checked or anything is built. Otherwise
 * the handler finds the key in `request.idempotency`.
 */
export function idempotent(store: Store, now: () => Date, route: string): preValidationAsyncHookHandler {
  return async (request, reply) => {
    const keyed = readIdempotencyKey(request, reply, route);
    if (keyed === false) return reply;
    request.idempotency = keyed ?? null;
    if (keyed !== undefined) return answerRepeat(store, reply, keyed, now().getTime());
  };
}

export function newAnswer(
  keyed: KeyedRequest,
  status: number,
  response: string,
  nowMs: number,
): NewIdempotentAnswer {
  return {
    ...keyed,
    status,
    response,
    createdMs: nowMs,
    expiredBeforeMs: nowMs - IDEMPOTENCY_TTL_MS,
  };
}

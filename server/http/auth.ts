// Bearer tokens (mileapp-api.md §1): the token's SHA-256 is looked up, never the token itself. Checked
// when the request's head has arrived, before its body is read: a request without a valid token costs
// no parsing (docs/decisions/047). Failed attempts are counted per client address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../store/org-writes';
import type { AuthUser, Store } from '../store/types';
import { sendFailure, TOO_MANY_REQUESTS, UNAUTHENTICATED } from './envelope';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthUser;
  }
  interface FastifyContextConfig {
    /** answered without a token (405 routes: MileApp routes before it authenticates) */
    public?: boolean;
  }
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export interface FailedAuthLimit {
  /** failed authentications per window per client address before 429; 0 = no limit */
  max: number;
  windowMs: number;
  now?: () => number;
}

export const DEFAULT_FAILED_AUTH_LIMIT: FailedAuthLimit = { max: 20, windowMs: 10_000 };

/**
 * A body still on its way is never parsed or kept: Node discards its bytes as they arrive once the
 * answer is sent. Closing at once instead would reset the connection under the client's upload, and
 * the client would see a reset rather than the 401.
 */
function refuse(reply: FastifyReply, status: number, body = UNAUTHENTICATED) {
  return sendFailure(reply, status, body);
}

export function authenticate(store: Store, limit: FailedAuthLimit = DEFAULT_FAILED_AUTH_LIMIT) {
  const now = limit.now ?? Date.now;
  const failures = new Map<string, { start: number; count: number }>();
  const blockedFor = (address: string, t: number): number => {
    const f = failures.get(address);
    if (limit.max <= 0 || f === undefined || t - f.start >= limit.windowMs || f.count < limit.max) return 0;
    return Math.ceil((f.start + limit.windowMs - t) / 1000);
  };
  const countFailure = (address: string, t: number) => {
    let f = failures.get(address);
    if (f === undefined || t - f.start >= limit.windowMs) {
      // One entry per address that failed recently: drop the stale ones now and then.
      if (failures.size > 10_000)
        for (const [k, v] of failures) if (t - v.start >= limit.windowMs) failures.delete(k);
      failures.set(address, (f = { start: t, count: 0 }));
    }
    f.count++;
  };
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config.public === true) return;
    const t = now();
    const wait = blockedFor(request.ip, t);
    if (wait > 0) return refuse(reply.header('retry-after', String(wait)), 429, TOO_MANY_REQUESTS);
    const m = BEARER.exec(request.headers.authorization ?? '');
    const user = m?.[1] === undefined ? undefined : await store.findTokenUser(sha256(m[1]));
    if (user === undefined || !user.active) {
      countFailure(request.ip, t);
      return refuse(reply, 401);
    }
    request.auth = user;
  };
}

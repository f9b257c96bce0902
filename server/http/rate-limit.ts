// 100 requests per second per organisation (mileapp-api.md §1), counted after authentication so that
// one organisation's burst never throttles another (docs/decisions/013-rate-limit.md).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendFailure, TOO_MANY_REQUESTS } from './envelope';

export interface RateLimitOptions {
  /** requests per window per organisation; 0 = no limit */
  max: number;
  windowMs?: number;
  now?: () => number;
}

export function rateLimiter({ max, windowMs = 1000, now = Date.now }: RateLimitOptions) {
  const windows = new Map<string, { start: number; count: number }>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (max <= 0 || request.routeOptions.config.public === true) return;
    const t = now();
    const key = request.auth.organizationId;
    let w = windows.get(key);
    if (w === undefined || t - w.start >= windowMs) {
      // One entry per organisation that made a request: small, but drop stale ones now and then.
      if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
      windows.set(key, (w = { start: t, count: 0 }));
    }
    if (++w.count > max) {
      const wait = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
      return sendFailure(reply.header('retry-after', String(wait)), 429, TOO_MANY_REQUESTS);
    }
  };
}

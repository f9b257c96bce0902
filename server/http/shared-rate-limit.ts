// The per-organisation rate limit counted in Redis (REDIS_URL), so that several server processes share
// one count (docs/decisions/065). @fastify/rate-limit's Redis store does the counting: one atomic
// INCR + PEXPIRE script per request, a fixed window opened by the organisation's first request, the
// same window the in-memory limiter keeps (decision 013). The answer stays MileApp's 429 envelope.
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendFailure, TOO_MANY_REQUESTS } from './envelope';

/** What the Redis store uses of an ioredis client (tests hand in a fake). */
export interface RateLimitRedis {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
  ping(): Promise<unknown>;
}

export const RATE_LIMIT_KEY_PREFIX = 'task-composer:rate:';
/** One warning per this many ms while Redis stays unreachable, not one per request. */
const WARN_EVERY_MS = 10_000;

export interface SharedRateLimitOptions {
  /** requests per window per organisation; 0 = no limit */
  max: number;
  redis: RateLimitRedis;
  windowMs?: number;
}

export async function sharedRateLimiter(
  app: FastifyInstance,
  { max, redis, windowMs = 1000 }: SharedRateLimitOptions,
) {
  // global: false — the plugin adds no hook of its own; ours runs after authentication.
  await app.register(fastifyRateLimit, {
    global: false,
    redis,
    nameSpace: RATE_LIMIT_KEY_PREFIX,
    max,
    timeWindow: windowMs,
    keyGenerator: (request) => request.auth.organizationId,
  });
  const count = app.createRateLimit();
  let warnedAt = -Infinity;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (max <= 0 || request.routeOptions.config.public === true) return;
    let result;
    try {
      result = await count(request);
    } catch (err) {
      // Fail open: the limit protects fairness, not data, and refusing every request because the
      // counter is unreachable would turn a Redis outage into a full one (decision 065).
      const t = Date.now();
      if (t - warnedAt >= WARN_EVERY_MS) {
        warnedAt = t;
        request.log.warn({ err }, 'Redis unreachable: the rate limit is not enforced until it answers');
      }
      return;
    }
    if (!result.isAllowed && result.isExceeded) {
      const wait = Math.max(1, result.ttlInSeconds);
      return sendFailure(reply.header('retry-after', String(wait)), 429, TOO_MANY_REQUESTS);
    }
  };
}

// GET /health/live and /health/ready for load balancers and process supervisors (docs/decisions/066).
// Outside /api/v3 and without a token: they answer only ok or the names of what is failing. Their hits
// are not logged at info level, or a probe every second would bury the request log.
import type { FastifyInstance } from 'fastify';
import { failure, sendFailure } from './envelope';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** a health probe: answered for any Host and while the server is shutting down */
    probe?: boolean;
  }
}

export interface ReadinessCheck {
  /** named in the 503 body: `database`, `redis` */
  name: string;
  ping(): Promise<void>;
}

/** Shared with main.ts: set `draining` when a stop signal arrives, and readiness fails at once. */
export interface Lifecycle {
  draining: boolean;
}

export const READY_CHECK_TIMEOUT_MS = 1000;

function withTimeout(check: ReadinessCheck, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${check.name} did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve().then(() => check.ping()), late]).finally(() => clearTimeout(timer));
}

/** The names of the checks that failed or did not answer in time, in the order given. */
export async function failingChecks(checks: readonly ReadinessCheck[], timeoutMs: number): Promise<string[]> {
  const results = await Promise.allSettled(checks.map((c) => withTimeout(c, timeoutMs)));
  return checks.filter((_, i) => results[i]!.status === 'rejected').map((c) => c.name);
}

export interface HealthOptions {
  checks: readonly ReadinessCheck[];
  lifecycle: Lifecycle;
  timeoutMs?: number;
}

export function healthRoutes(app: FastifyInstance, { checks, lifecycle, timeoutMs }: HealthOptions): void {
  const route = { logLevel: 'warn' as const, config: { probe: true } };
  app.get('/health/live', route, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/health/ready', route, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    const failing = lifecycle.draining
      ? ['shutdown']
      : await failingChecks(checks, timeoutMs ?? READY_CHECK_TIMEOUT_MS);
    if (failing.length > 0) return reply.code(503).send({ status: 'unavailable', failing });
    return reply.send({ status: 'ok' });
  });
}

/**
 * While shutting down, a request that arrives on a connection kept open is refused in the envelope
 * (Fastify's own 503 is not MileApp's shape) and the connection closed; requests already in flight
 * are not affected, they were past this hook.
 */
export function refuseWhileDraining(app: FastifyInstance, lifecycle: Lifecycle): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!lifecycle.draining || request.routeOptions.config.probe === true) return;
    const body = failure(
      'Service Unavailable: this server is shutting down, send the request again.',
      'sys-045',
    );
    return sendFailure(reply.header('connection', 'close').header('retry-after', '1'), 503, body);
  });
}

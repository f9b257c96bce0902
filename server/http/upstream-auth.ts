// UPSTREAM mode has no tokens of its own: the routes this server answers itself (/api/places) ask MileApp
// who the bearer is (GET /user, the token's own user) and remember a yes for a minute, so a burst of
// searches costs one upstream call (docs/decisions/054). A no is not remembered: MileApp counts those.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { outboundGet } from '../places/outbound';
import type { AuthUser } from '../store/types';
import { failure, sendFailure, UNAUTHENTICATED } from './envelope';

export interface UpstreamAuthOptions {
  /** MileApp base URL ending in /api/v3 */
  upstream: string;
  ttlMs?: number;
  timeoutMs?: number;
  userAgent: string;
  now?: () => number;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const MAX_REMEMBERED = 10_000;
const UPSTREAM_DOWN = failure('The upstream MileApp API did not answer.', 'sys-045');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** MileApp's user: `organizationId`, or the `organization` object's `_id`. */
function userOf(body: unknown): AuthUser | undefined {
  const data = isRecord(body) ? body.data : undefined;
  if (!isRecord(data)) return undefined;
  const org = isRecord(data.organization) ? str(data.organization._id) : '';
  const organizationId = str(data.organizationId) || org;
  if (organizationId === '') return undefined;
  return {
    userId: str(data._id),
    name: str(data.name),
    email: str(data.email),
    organizationId,
    active: true,
    role: isRecord(data.role) ? str(data.role.name) : str(data.role),
    hubIds: Array.isArray(data.hubId) ? data.hubId.filter((h): h is string => typeof h === 'string') : [],
  };
}

export function upstreamAuthenticate(o: UpstreamAuthOptions) {
  const now = o.now ?? Date.now;
  const ttl = o.ttlMs ?? 60_000;
  const known = new Map<string, { user: AuthUser; until: number }>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config.public === true) return;
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) return sendFailure(reply, 401, UNAUTHENTICATED);
    const hash = createHash('sha256').update(token).digest('hex');
    const t = now();
    const hit = known.get(hash);
    if (hit !== undefined && hit.until > t) {
      request.auth = hit.user;
      return;
    }
    const got = await outboundGet(`${o.upstream}/user`, {
      userAgent: o.userAgent,
      timeoutMs: o.timeoutMs ?? 5000,
      maxBytes: 256 * 1024,
      headers: { authorization: `Bearer ${token}` },
    });
    if (!got.ok || got.status >= 500) return sendFailure(reply, 502, UPSTREAM_DOWN);
    if (got.status === 401 || got.status === 403) return sendFailure(reply, 401, UNAUTHENTICATED);
    let user: AuthUser | undefined;
    try {
      user = got.status === 200 ? userOf(JSON.parse(got.body)) : undefined;
    } catch {
      user = undefined;
    }
    if (user === undefined) return sendFailure(reply, 502, UPSTREAM_DOWN);
    if (known.size >= MAX_REMEMBERED)
      for (const [k, v] of known) if (v.until <= t || known.size >= MAX_REMEMBERED) known.delete(k);
    known.set(hash, { user, until: t + ttl });
    request.auth = user;
  };
}

// buildApp(deps) → the Fastify instance: the MileApp-compatible API under /api/v3 (local store, or a
// proxy to UPSTREAM), the demo-account call and the built web app. main.ts listens; tests build it
// in-process on their own SQLite file. The routes are in routes/, what each takes and answers in contracts/.
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyRequest,
  type onRequestAsyncHookHandler,
} from 'fastify';
import { withContracts } from './contracts/provider';
import { requireJsonAccept } from './http/accept';
import { authenticate, DEFAULT_FAILED_AUTH_LIMIT } from './http/auth';
import { parseJsonBodies } from './http/body-depth';
import { failure, sendFailure } from './http/envelope';
import { installErrorHandler } from './http/errors';
import {
  DEFAULT_CONNECTION_LIMITS,
  limitConnections,
  requireBodyPace,
  timeoutOptions,
  type ConnectionLimits,
} from './http/connections';
import { registerCors } from './http/cors';
import { checkHost, LOCAL_HOSTS } from './http/host';
import { loggerOptions, type LogOptions } from './http/logging';
import { collectRoutes } from './http/method-not-allowed';
import { rateLimiter } from './http/rate-limit';
import { sharedRateLimiter, type RateLimitRedis } from './http/shared-rate-limit';
import { healthRoutes, refuseWhileDraining, type Lifecycle, type ReadinessCheck } from './http/health';
import { echoRequestId, genReqId, REQUEST_ID_LOG_LABEL } from './http/request-id';
import { hasWebApp, registerWebApp, spaFallback } from './http/static';
import { answerExpectations, clientErrorAnswer, frameworkErrorAnswer } from './http/protocol-errors';
import { addSecurityHeaders, securityHeaders } from './http/security-headers';
import { registerUpstream } from './http/upstream';
import { demoRoutes } from './routes/demo';
import { flowRoutes } from './routes/flows';
import { hubRoutes } from './routes/hubs';
import { importConfigRoutes } from './routes/import-config';
import { placeRoutes, type PlaceRouteDeps } from './routes/places';
import { taskRoutes } from './routes/tasks';
import { userRoutes } from './routes/users';
import type { RouteDeps } from './routes/deps';
import type { Store } from './store/types';
import type { UpstreamKeyStore } from './store/upstream-key-rows';
import type { GeocoderName } from './config';
import {
  DEFAULT_CACHE_TTL_MS,
  DEFAULT_TIMEOUT_MS,
  makeGeocoder,
  type GeocoderOptions,
} from './places/geocoder';
import { MAP_HOSTS, type LinkOptions } from './places/links';
import { upstreamAuthenticate } from './http/upstream-auth';
import { orderIndexer } from './tasks/create';
import { BULK_BODY_LIMIT, OTHER_BODY_LIMIT, TASK_BODY_LIMIT } from './tasks/limits';
import type { GroupCommitOptions } from './tasks/group-commit';
import { DEFAULT_TILE_URL } from '../src/shared/map-tiles';

export interface AppDeps {
  /** local mode: the organisation data and tasks */
  store?: Store;
  /** proxy mode (no store): MileApp base URL ending in /api/v3 */
  upstream?: string;
  /** proxy mode: where Idempotency-Key records are kept (decision 060); keys are only forwarded without */
  upstreamKeys?: UpstreamKeyStore;
  /** proxy mode: MileApp's time to answer a keyed create (default 30 s), a repeat's wait (default 10 s) */
  upstreamKeyTimes?: { answerTimeoutMs?: number; waitMs?: number };
  /** requests per second per organisation (default 100); 0 = no limit */
  rateLimit?: number;
  /** counts the rate limit in Redis, shared by every process using it (decision 065); memory when absent */
  redis?: RateLimitRedis;
  /** failed authentications per 10 s per client address before 429 (default 20); 0 = no limit */
  failedAuthLimit?: number;
  /** host names the Host header may name (default localhost, 127.0.0.1, ::1); `*` = any (decision 050) */
  allowedHosts?: readonly string[];
  /** origin of the answers' own URLs (paginator links); the request's Host when absent */
  publicUrl?: string;
  /** open connections in all and per client address (default 1024 and 64; decision 048) */
  connections?: ConnectionLimits;
  /**
   * largest accepted request body in bytes, that of POST /tasks/bulk/ (default 8 MiB: 2000 tasks fit);
   * POST /task takes at most 512 KiB of it, other routes 1 MiB (decision 046)
   */
  bodyLimit?: number;
  /** the built web app (dist/), served when it holds an index.html */
  webDir?: string;
  /** offered by GET /api/demo to the web app's "Use demo account" */
  demoToken?: string;
  now?: () => Date;
  /** a 500: the error is reported here (default: the log, else stderr); the client sees only the envelope */
  onServerError?: (err: unknown, request: FastifyRequest) => void;
  /** web origins allowed to call the API from a browser (CORS); none by default */
  corsOrigins?: readonly string[];
  /** further origins the web app may call (CSP connect-src) */
  connectOrigins?: readonly string[];
  /** the web app's map tile URL template (CSP img-src); the app's default when absent */
  tileUrl?: string;
  /** bytes of task documents one organisation may store (default 1 GiB); 0 = no quota (decision 046) */
  quotaBytes?: number;
  /** POST /task group commit: largest batch and when a batch is committed (docs/decisions/023) */
  createBatch?: GroupCommitOptions;
  /** the structured request log; none when absent (tests) */
  log?: LogOptions;
  /** place search and reverse lookup under /api/places (default builtin; decisions 053, 054) */
  geocoder?: GeocoderName;
  /** the provider's URL, country bias, User-Agent, time limit and cache lifetime */
  geocoderOptions?: Partial<Omit<GeocoderOptions, 'provider'>>;
  /**
   * which map links GET /api/places/link follows (decision 056): only code may widen the hosts or allow
   * http (tests, with a fake host on loopback), never a setting a deployment could misuse
   */
  mapLinks?: Partial<Pick<LinkOptions, 'hosts' | 'schemes' | 'timeoutMs' | 'maxHops'>>;
  /** proxy mode: the database holding the geocoder's cache and the shared cities (decision 054) */
  placesStore?: Store;
  /** set `draining` on a stop signal: readiness fails and new requests are refused (decision 066) */
  lifecycle?: Lifecycle;
}

export const DEFAULT_BODY_LIMIT = BULK_BODY_LIMIT;
export const DEFAULT_QUOTA_BYTES = 1024 * 1024 * 1024;

interface Limits {
  /** the per-organisation rate limit hook, one for the API and the place routes alike */
  rateLimit: onRequestAsyncHookHandler;
  failedAuthLimit: number;
}

/** The hooks every authenticated local route runs, in this order (docs/decisions/047). */
function guard(app: FastifyInstance, store: Store, { rateLimit, failedAuthLimit }: Limits) {
  app.addHook('onRequest', requireJsonAccept);
  // onRequest, as soon as the head has arrived: a request without a valid token, or over its
  // organisation's rate, is answered before its body is read or parsed (docs/decisions/047).
  app.addHook('onRequest', authenticate(store, { ...DEFAULT_FAILED_AUTH_LIMIT, max: failedAuthLimit }));
  app.addHook('onRequest', rateLimit);
}

type Authenticate = ReturnType<typeof authenticate>;

async function placesApi(
  app: FastifyInstance,
  auth: Authenticate,
  deps: PlaceRouteDeps,
  rateLimit: RateLimitHook,
) {
  const addMethodNotAllowed = collectRoutes(app);
  app.addHook('onRequest', requireJsonAccept);
  app.addHook('onRequest', auth);
  app.addHook('onRequest', rateLimit);
  placeRoutes(withContracts(app), deps);
  addMethodNotAllowed();
}

type RateLimitHook = ReturnType<typeof rateLimiter>;

/** One window per organisation for every route it calls: in Redis when shared (decision 065). */
async function organisationLimiter(app: FastifyInstance, deps: AppDeps): Promise<RateLimitHook> {
  const max = deps.rateLimit ?? 100;
  return deps.redis ? await sharedRateLimiter(app, { max, redis: deps.redis }) : rateLimiter({ max });
}

const DEFAULT_USER_AGENT = 'TaskComposer';

function placeDeps(deps: AppDeps, store: Store): PlaceRouteDeps {
  const o = deps.geocoderOptions ?? {};
  const userAgent = o.userAgent ?? DEFAULT_USER_AGENT;
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { geocoder, settings } = makeGeocoder(
    {
      provider: deps.geocoder ?? 'builtin',
      country: o.country ?? 'id',
      userAgent,
      timeoutMs,
      cacheTtlMs: o.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
      ...(o.url !== undefined ? { url: o.url } : {}),
    },
    store.places,
    store.geocodeCache,
  );
  const links: LinkOptions = {
    hosts: MAP_HOSTS,
    schemes: ['https:'],
    timeoutMs,
    maxHops: 5,
    userAgent,
    ...deps.mapLinks,
  };
  return { geocoder, settings, links };
}

async function localApi(app: FastifyInstance, deps: RouteDeps, limits: Limits) {
  const addMethodNotAllowed = collectRoutes(app);
  parseJsonBodies(app);
  guard(app, deps.store, limits);
  const api = withContracts(app);
  flowRoutes(api, deps);
  hubRoutes(api, deps);
  userRoutes(api, deps);
  taskRoutes(api, deps);
  importConfigRoutes(api, deps);
  addMethodNotAllowed();
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  if ((deps.store === undefined) === (deps.upstream === undefined))
    throw new Error('buildApp needs exactly one of store (local mode) and upstream (proxy mode).');
  const bodyLimit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const headerOptions = {
    tileUrl: deps.tileUrl ?? DEFAULT_TILE_URL,
    connectOrigins: deps.connectOrigins ?? [],
  };
  const app = Fastify({
    logger: deps.log ? loggerOptions(deps.log) : false,
    genReqId,
    logController: new LogController({ requestIdLogLabel: REQUEST_ID_LOG_LABEL }),
    ...timeoutOptions(),
    clientErrorHandler: clientErrorAnswer(securityHeaders(headerOptions)),
    frameworkErrors: frameworkErrorAnswer(securityHeaders(headerOptions)),
    bodyLimit: Math.min(bodyLimit, OTHER_BODY_LIMIT),
    // Kept as ordinary keys: validateTaskBody reports `__proto__`/`constructor` as unknown fields.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    routerOptions: { ignoreTrailingSlash: true },
    // refuseWhileDraining answers those requests in MileApp's envelope instead of Fastify's own body
    return503OnClosing: false,
  });
  const lifecycle = deps.lifecycle ?? { draining: false };
  echoRequestId(app);
  refuseWhileDraining(app, lifecycle);
  const logged = (err: unknown, request: FastifyRequest) => request.log.error({ err }, 'request failed');
  installErrorHandler(app, deps.onServerError ?? (deps.log ? logged : (err) => console.error(err)));
  addSecurityHeaders(app, headerOptions);
  checkHost(app, {
    allowed: deps.allowedHosts ?? LOCAL_HOSTS,
    ...(deps.publicUrl !== undefined ? { publicUrl: deps.publicUrl } : {}),
  });
  limitConnections(app.server, deps.connections ?? DEFAULT_CONNECTION_LIMITS, securityHeaders(headerOptions));
  requireBodyPace(app);
  answerExpectations(app.server, securityHeaders(headerOptions));
  await registerCors(app, deps.corsOrigins ?? []);

  if (deps.store) {
    const routeDeps: RouteDeps = {
      store: deps.store,
      now: deps.now ?? (() => new Date()),
      nextOrderIndex: orderIndexer(),
      bodyLimits: { bulk: bodyLimit, task: Math.min(bodyLimit, TASK_BODY_LIMIT) },
      quotaBytes: deps.quotaBytes ?? DEFAULT_QUOTA_BYTES,
      ...(deps.createBatch ? { createBatch: deps.createBatch } : {}),
    };
    const limits = {
      rateLimit: await organisationLimiter(app, deps),
      failedAuthLimit: deps.failedAuthLimit ?? DEFAULT_FAILED_AUTH_LIMIT.max,
    };
    await app.register((scope) => localApi(scope, routeDeps, limits), { prefix: '/api/v3' });
    const places = placeDeps(deps, deps.store);
    const auth = authenticate(deps.store, { ...DEFAULT_FAILED_AUTH_LIMIT, max: limits.failedAuthLimit });
    await app.register((scope) => placesApi(scope, auth, places, limits.rateLimit), {
      prefix: '/api/places',
    });
  } else {
    const now = deps.now ?? (() => new Date());
    const keys = deps.upstreamKeys;
    await registerUpstream(app, deps.upstream!, {
      bodyLimits: { bulk: bodyLimit, task: Math.min(bodyLimit, TASK_BODY_LIMIT) },
      ...(keys ? { keys: { keys, now, ...deps.upstreamKeyTimes } } : {}),
    });
    if (deps.placesStore !== undefined) {
      const places = placeDeps(deps, deps.placesStore);
      const auth = upstreamAuthenticate({
        upstream: deps.upstream!,
        userAgent: places.links.userAgent,
        timeoutMs: places.links.timeoutMs,
      });
      const limit = await organisationLimiter(app, deps);
      await app.register((scope) => placesApi(scope, auth, places, limit), {
        prefix: '/api/places',
      });
    }
  }

  const checks: ReadinessCheck[] = [];
  const database = deps.store ?? deps.placesStore;
  if (database) checks.push({ name: 'database', ping: () => database.ping() });
  if (deps.redis) checks.push({ name: 'redis', ping: async () => void (await deps.redis!.ping()) });
  healthRoutes(app, { checks, lifecycle });
  await app.register(async (scope) => demoRoutes(withContracts(scope), { demoToken: deps.demoToken }));
  if (hasWebApp(deps.webDir)) await registerWebApp(app, deps.webDir);
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback(request, reply, deps.webDir)) return;
    return sendFailure(reply, 404, failure('URL Address is not found', 'sys-033'));
  });
  return app;
}

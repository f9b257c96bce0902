// `npm start` / `tsx server/main.ts`: read the configuration, connect to Redis when REDIS_URL is set,
// open the store and load the organisation file (local mode) or not (UPSTREAM mode: the database holds
// the places cache and the gateway's key records), listen, and print the URL and the demo token. A stop
// signal shuts down gracefully (shutdown.ts).
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { DEFAULT_CONNECTION_LIMITS } from './http/connections';
import type { Lifecycle } from './http/health';
import { connectRedis, RedisUnreachable } from './redis/connect';
import { demoToken } from './seed/demo';
import { loadOrganizationFile, SeedError } from './seed/load';
import { openPostgresStore } from './store/pg-store';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/types';
import { gracefulShutdown } from './shutdown';

const WEB_DIR = fileURLToPath(new URL('../dist', import.meta.url));

interface Shared {
  lifecycle: Lifecycle;
  redis?: Redis;
}

interface Started {
  app: FastifyInstance;
  /** what to close after the server */
  store?: Pick<Store, 'close'>;
  token?: string;
}

async function start(config: Config, shared: Shared): Promise<Started> {
  const common = {
    ...shared,
    rateLimit: config.rateLimit,
    webDir: WEB_DIR,
    corsOrigins: config.corsOrigins,
    connectOrigins: config.connectOrigins,
    tileUrl: config.tileUrl,
    log: { level: config.logLevel },
    createBatch: { max: config.createBatch },
    allowedHosts: config.allowedHosts,
    geocoder: config.geocoder,
    geocoderOptions: {
      country: config.geocoderCountry,
      userAgent: config.geocoderUserAgent,
      timeoutMs: config.geocoderTimeoutMs,
      cacheTtlMs: config.geocoderCacheTtlMs,
      ...(config.geocoderUrl !== undefined ? { url: config.geocoderUrl } : {}),
    },
    ...(config.publicUrl !== undefined ? { publicUrl: config.publicUrl } : {}),
    // The total cap never stands below what one address may open.
    connections: {
      max: Math.max(DEFAULT_CONNECTION_LIMITS.max, config.connectionsPerAddress),
      perAddress: config.connectionsPerAddress,
    },
  };
  // UPSTREAM mode opens a database too: what it holds there is said below.
  const store = config.postgres
    ? await openPostgresStore(config.postgres, { placesCountry: config.geocoderCountry })
    : await openSqliteStore(config.database, {
        synchronous: config.sqliteSync,
        placesCountry: config.geocoderCountry,
      });
  if (config.upstream !== undefined) {
    // No organisation is loaded: the database holds the geocoder's cache and the cities (decision 054),
    // and the gateway's Idempotency-Key records (decision 060), so gateways on one DATABASE_URL share them.
    try {
      const app = await buildApp({
        ...common,
        upstream: config.upstream,
        placesStore: store,
        upstreamKeys: store.upstreamKeys,
      });
      return { app, store };
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  try {
    const file = await loadOrganizationFile(store, config.seed);
    for (const name of file.removed)
      console.log(
        `Removed the organisation "${name}": ${config.seed} no longer lists it (its tasks are kept).`,
      );
    const token = demoToken(file);
    const app = await buildApp({
      ...common,
      store,
      demoToken: token,
      quotaBytes: config.quotaBytes,
    });
    return { app, store, token };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/** The SQLite file, or the PostgreSQL URL without its password. */
function databaseName(config: Config): string {
  if (config.postgres === undefined) return config.database;
  const url = new URL(config.postgres.url);
  if (url.password !== '') url.password = '***';
  return url.href;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const shared: Shared = { lifecycle: { draining: false } };
  let warnedAt = -Infinity;
  if (config.redisUrl !== undefined) {
    shared.redis = await connectRedis(config.redisUrl, {
      // ioredis reconnects by itself; a line every 10 s at most says it is still trying.
      onError: (err) => {
        if (Date.now() - warnedAt < 10_000) return;
        warnedAt = Date.now();
        process.stderr.write(`Redis connection lost, reconnecting: ${err.message}\n`);
      },
    }).catch((e: unknown) => fail(e instanceof RedisUnreachable ? e.message : String(e)));
  }
  const release = async () => {
    await store?.close();
    await shared.redis?.quit().catch(() => shared.redis?.disconnect());
  };
  const { app, store, token } = await start(config, shared).catch(async (e: unknown) => {
    shared.redis?.disconnect();
    if (e instanceof SeedError) fail(e.message);
    fail(`Cannot open the database ${databaseName(config)}: ${e instanceof Error ? e.message : String(e)}`);
  });
  // Before listening and before the demo token is printed: whoever waits for that line may stop us next.
  const stop = gracefulShutdown({
    app,
    lifecycle: shared.lifecycle,
    graceMs: config.shutdownGraceMs,
    release,
    exit: (code) => process.exit(code),
  });
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await release();
    fail(`Cannot listen on ${config.host}:${config.port}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Task Composer is running at http://${host}:${port}`);
  if (config.upstream !== undefined)
    console.log(`API calls under /api/v3 are forwarded to ${config.upstream}`);
  else console.log(`Database: ${databaseName(config)}`);
  if (config.redisUrl !== undefined) console.log('Rate limit: counted in Redis (REDIS_URL)');
  if (token !== undefined) console.log(`Demo token: ${token}`);
}

void main();

// `npm start` / `tsx server/main.ts`: read the configuration, open the store and load the organisation
// file (local mode) or not (UPSTREAM mode: the database holds only the places cache), listen, and print
// the URL and the demo token.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { DEFAULT_CONNECTION_LIMITS } from './http/connections';
import { demoToken } from './seed/demo';
import { loadOrganizationFile, SeedError } from './seed/load';
import { openPostgresStore } from './store/pg-store';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/types';

const WEB_DIR = fileURLToPath(new URL('../dist', import.meta.url));

async function start(config: Config): Promise<{ app: FastifyInstance; store?: Store; token?: string }> {
  const common = {
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
  // UPSTREAM mode opens the same database: it holds only the geocoder's cache and the cities (decision 054).
  const store = config.postgres
    ? await openPostgresStore(config.postgres, { placesCountry: config.geocoderCountry })
    : await openSqliteStore(config.database, {
        synchronous: config.sqliteSync,
        placesCountry: config.geocoderCountry,
      });
  if (config.upstream !== undefined) {
    // No organisation is loaded.
    try {
      return { app: await buildApp({ ...common, upstream: config.upstream, placesStore: store }), store };
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
  const { app, store, token } = await start(config).catch((e: unknown) => {
    if (e instanceof SeedError) fail(e.message);
    fail(`Cannot open the database ${databaseName(config)}: ${e instanceof Error ? e.message : String(e)}`);
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await store?.close();
    fail(`Cannot listen on ${config.host}:${config.port}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Task Composer is running at http://${host}:${port}`);
  if (config.upstream !== undefined)
    console.log(`API calls under /api/v3 are forwarded to ${config.upstream}`);
  else console.log(`Database: ${databaseName(config)}`);
  if (token !== undefined) console.log(`Demo token: ${token}`);

  const stop = () => {
    void app
      .close()
      .then(() => store?.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();

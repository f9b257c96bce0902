// The server's only reader of process.env and process.argv (lint enforces it; docs/decisions/037). Every
// value is checked here, so a bad setting stops the server with one line naming it instead of failing
// later in some other module.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TILE_URL } from '../src/shared/map-tiles';
import { DEFAULT_CREATE_BATCH } from './tasks/group-commit';

export interface Config {
  port: number;
  host: string;
  /** SQLite file path, or ':memory:' (used when `postgres` is not set) */
  database: string;
  /** DATABASE_URL=postgres://…: the store lives in PostgreSQL instead (docs/decisions/062) */
  postgres?: PostgresConfig;
  /** organisation file loaded at start */
  seed: string;
  /** MileApp base URL ending in /api/v3: forward there instead of using the local database */
  upstream?: string;
  /** requests per second per organisation; 0 turns the limit off (tests, benchmarks) */
  rateLimit: number;
  /** web origins allowed to call the API from a browser (CORS); empty = none but this server's own */
  corsOrigins: string[];
  /** further origins the web app may call (CSP connect-src), for a base URL other than this server */
  connectOrigins: string[];
  /** the map tile URL template the web app was built with (VITE_TILE_URL): allowed in CSP img-src */
  tileUrl: string;
  /** pino level of the structured log on stdout; `info` and below add a line per request */
  logLevel: LogLevel;
  /** SQLite `synchronous` in WAL mode (docs/decisions/020) */
  sqliteSync: 'normal' | 'full';
  /** POST /task: creates committed together at most (docs/decisions/023); 1 = a transaction each */
  createBatch: number;
  /** host names the Host header may name; `*` = any (docs/decisions/050) */
  allowedHosts: string[];
  /** the origin clients reach this server by, for the answers' own URLs (paginator links) */
  publicUrl?: string;
  /** bytes of task documents one organisation may store; 0 = no quota (docs/decisions/046) */
  quotaBytes: number;
  /** open connections from one client address (docs/decisions/048) */
  connectionsPerAddress: number;
  /** where place search and reverse lookup are answered from (docs/decisions/053) */
  geocoder: GeocoderName;
  /** ISO 3166 alpha-2 code, lower case: the country whose cities the built-in places hold */
  geocoderCountry: string;
  /** the external provider's base URL (nominatim, photon, pelias; docs/decisions/054) */
  geocoderUrl?: string;
  /** sent with every outbound request: names this application and how to reach its operator */
  geocoderUserAgent: string;
  /** an external geocoder or map site that takes longer is given up on */
  geocoderTimeoutMs: number;
  /** how long an external geocoder's answer is kept (docs/decisions/055) */
  geocoderCacheTtlMs: number;
  /** redis:// or rediss:// URL: the rate limit is counted there, shared by every instance (decision 065) */
  redisUrl?: string;
  /** ms a stop signal gives requests in flight before their connections are closed (decision 066) */
  shutdownGraceMs: number;
}

export const GEOCODERS = ['builtin', 'nominatim', 'photon', 'pelias', 'none'] as const;
export type GeocoderName = (typeof GEOCODERS)[number];

/** The public server; its usage policy asks for an identifying User-Agent with a contact. */
export const PUBLIC_NOMINATIM = 'https://nominatim.openstreetmap.org';
const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

function geocoderUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`GEOCODER_URL must be an absolute http(s) URL, got "${raw}".`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '')
    throw new ConfigError(`GEOCODER_URL must be an http(s) URL without query or fragment, got "${raw}".`);
  return url.href.replace(/\/+$/, '');
}

type GeocoderSettings = Pick<
  Config,
  'geocoder' | 'geocoderUrl' | 'geocoderUserAgent' | 'geocoderTimeoutMs' | 'geocoderCacheTtlMs'
>;

function geocoderSettings(v: Readonly<Record<string, string | undefined>>): GeocoderSettings {
  const geocoder = v.GEOCODER === undefined ? 'builtin' : oneOf('GEOCODER', v.GEOCODER, GEOCODERS);
  const remote = geocoder === 'nominatim' || geocoder === 'photon' || geocoder === 'pelias';
  const given = v.GEOCODER_URL === undefined || v.GEOCODER_URL.trim() === '' ? undefined : v.GEOCODER_URL;
  if (remote && given === undefined && geocoder !== 'nominatim')
    throw new ConfigError(`GEOCODER=${geocoder} needs GEOCODER_URL, the address of its server.`);
  const url =
    given !== undefined ? geocoderUrl(given) : geocoder === 'nominatim' ? PUBLIC_NOMINATIM : undefined;
  const contact = v.GEOCODER_CONTACT?.trim() ?? '';
  const agent = v.GEOCODER_USER_AGENT?.trim() ?? '';
  if (geocoder === 'nominatim' && url === PUBLIC_NOMINATIM && contact === '' && agent === '')
    throw new ConfigError(
      'The public Nominatim server needs a contact: set GEOCODER_CONTACT to an e-mail address or web page of this installation.',
    );
  const seconds =
    v.GEOCODER_TIMEOUT_S === undefined ? 5 : integer('GEOCODER_TIMEOUT_S', v.GEOCODER_TIMEOUT_S, 1, 30);
  const days =
    v.GEOCODER_CACHE_DAYS === undefined ? 30 : integer('GEOCODER_CACHE_DAYS', v.GEOCODER_CACHE_DAYS, 0, 365);
  return {
    geocoder,
    ...(remote && url !== undefined ? { geocoderUrl: url } : {}),
    geocoderUserAgent: agent || `TaskComposer/${VERSION}${contact === '' ? '' : ` (+${contact})`}`,
    geocoderTimeoutMs: seconds * 1000,
    geocoderCacheTtlMs: days * 24 * 3600 * 1000,
  };
}

function countryCode(raw: string): string {
  const v = raw.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(v))
    throw new ConfigError(`GEOCODER_COUNTRY must be a two-letter country code such as id, got "${raw}".`);
  return v;
}

/** localhost, 127.0.0.1, ::1, and the address listened on unless it is a wildcard. */
function defaultHosts(host: string): string[] {
  const listened = host.replace(/^\[|\]$/g, '').toLowerCase();
  const local = ['localhost', '127.0.0.1', '::1'];
  return ['0.0.0.0', '::', ...local].includes(listened) ? local : [...local, listened];
}

/** `composer.example.com, 10.0.0.5` → host names (no scheme, no port); `*` alone = any. */
function hostList(raw: string): string[] {
  const items = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (items.length === 0) throw new ConfigError('ALLOWED_HOSTS must name at least one host, or *.');
  for (const item of items)
    if (item !== '*' && !/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|[0-9a-f:.]+)$/.test(item))
      throw new ConfigError(
        `ALLOWED_HOSTS must list host names such as composer.example.com (no scheme or port), or *, got "${item}".`,
      );
  return items;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_SEED = fileURLToPath(new URL('./seed/demo-org.json', import.meta.url));

/** A setting that cannot be used; `message` is the one line printed before exiting with 1. */
export interface PostgresConfig {
  url: string;
  /** connections this process opens at most */
  poolSize: number;
  /** a statement running longer is cancelled (ms) */
  statementTimeoutMs: number;
}

/** postgres://user:password@host:5432/database, checked for form only (reachability is checked at start). */
function postgresUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(
      'DATABASE_URL must be a URL such as postgres://user:password@localhost:5432/composer.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new ConfigError(`DATABASE_URL must start with postgres:// (PostgreSQL), got "${url.protocol}//…".`);
  if (url.hostname === '' || url.pathname.replace(/^\//, '') === '')
    throw new ConfigError(
      'DATABASE_URL must name a host and a database: postgres://user:password@host:5432/database.',
    );
  return url.href;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const FLAGS: Readonly<Record<string, string>> = {
  '--port': 'PORT',
  '--host': 'HOST',
  '--database': 'DATABASE',
  '--database-url': 'DATABASE_URL',
  '--database-pool-size': 'DATABASE_POOL_SIZE',
  '--database-statement-timeout-ms': 'DATABASE_STATEMENT_TIMEOUT_MS',
  '--seed': 'SEED',
  '--upstream': 'UPSTREAM',
  '--rate-limit': 'RATE_LIMIT',
  '--cors-origins': 'CORS_ORIGINS',
  '--connect-origins': 'CONNECT_ORIGINS',
  '--log-level': 'LOG_LEVEL',
  '--sqlite-sync': 'SQLITE_SYNC',
  '--create-batch': 'CREATE_BATCH',
  '--allowed-hosts': 'ALLOWED_HOSTS',
  '--public-url': 'PUBLIC_URL',
  '--quota-mb': 'QUOTA_MB',
  '--connections-per-address': 'CONNECTIONS_PER_ADDRESS',
  '--geocoder': 'GEOCODER',
  '--geocoder-country': 'GEOCODER_COUNTRY',
  '--geocoder-url': 'GEOCODER_URL',
  '--geocoder-user-agent': 'GEOCODER_USER_AGENT',
  '--geocoder-contact': 'GEOCODER_CONTACT',
  '--geocoder-timeout-s': 'GEOCODER_TIMEOUT_S',
  '--geocoder-cache-days': 'GEOCODER_CACHE_DAYS',
  '--redis-url': 'REDIS_URL',
  '--shutdown-grace-ms': 'SHUTDOWN_GRACE_MS',
};

/** `--port 9000` and `--port=9000`; flags win over the environment. */
function readFlags(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const name = FLAGS[flag];
    if (name === undefined)
      throw new ConfigError(`Unknown argument "${arg}" (known: ${Object.keys(FLAGS).join(', ')}).`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new ConfigError(`${flag} needs a value.`);
    out[name] = value;
  }
  return out;
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return Number(raw);
}

function nonEmpty(name: string, raw: string): string {
  if (raw.trim() === '') throw new ConfigError(`${name} must not be empty.`);
  return raw;
}

function upstreamUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `UPSTREAM must be an absolute http(s) URL such as https://apiweb.mile.app/api/v3, got "${raw}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`UPSTREAM must use http or https, got "${raw}".`);
  if (url.search !== '' || url.hash !== '')
    throw new ConfigError(`UPSTREAM must not have a query or fragment, got "${raw}".`);
  return url.href.replace(/\/+$/, '');
}

function redisUrl(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '')
    throw new ConfigError(
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0 (the value is not shown: it may hold a password).',
    );
  return url.href;
}

/** `https://a.example, http://localhost:5173` → exact origins (scheme, host, port; no path). */
function originList(name: string, raw: string): string[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.map((item) => {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== item)
      throw new ConfigError(
        `${name} must list origins like https://app.example.com (scheme, host and port only, comma-separated), got "${item}".`,
      );
    return item;
  });
}

function tileUrl(raw: string): string {
  const bad = () =>
    new ConfigError(
      `VITE_TILE_URL must be an http(s) tile URL template such as ${DEFAULT_TILE_URL}, got "${raw}".`,
    );
  let url: URL;
  try {
    url = new URL(raw.trim().replace('{s}', 'a'));
  } catch {
    throw bad();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad();
  return raw.trim();
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const v = raw.trim().toLowerCase();
  const found = allowed.find((a) => a === v);
  if (found === undefined)
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  return found;
}

export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[] = [],
): Config {
  const v = { ...env, ...readFlags(argv) };
  const host = v.HOST === undefined ? '127.0.0.1' : nonEmpty('HOST', v.HOST);
  const config: Config = {
    port: v.PORT === undefined ? 8080 : integer('PORT', v.PORT, 0, 65535),
    host,
    database: v.DATABASE === undefined ? 'data/composer.db' : nonEmpty('DATABASE', v.DATABASE),
    seed: v.SEED === undefined ? DEFAULT_SEED : resolve(nonEmpty('SEED', v.SEED)),
    rateLimit: v.RATE_LIMIT === undefined ? 100 : integer('RATE_LIMIT', v.RATE_LIMIT, 0, 1_000_000),
    corsOrigins: v.CORS_ORIGINS === undefined ? [] : originList('CORS_ORIGINS', v.CORS_ORIGINS),
    connectOrigins: v.CONNECT_ORIGINS === undefined ? [] : originList('CONNECT_ORIGINS', v.CONNECT_ORIGINS),
    tileUrl:
      v.VITE_TILE_URL === undefined || v.VITE_TILE_URL.trim() === ''
        ? DEFAULT_TILE_URL
        : tileUrl(v.VITE_TILE_URL),
    // warn: someone trying the demo sees the URL and the demo token, not a JSON line per request
    logLevel: v.LOG_LEVEL === undefined ? 'warn' : oneOf('LOG_LEVEL', v.LOG_LEVEL, LOG_LEVELS),
    sqliteSync:
      v.SQLITE_SYNC === undefined ? 'normal' : oneOf('SQLITE_SYNC', v.SQLITE_SYNC, ['normal', 'full']),
    createBatch:
      v.CREATE_BATCH === undefined
        ? DEFAULT_CREATE_BATCH
        : integer('CREATE_BATCH', v.CREATE_BATCH, 1, 10_000),
    allowedHosts: v.ALLOWED_HOSTS === undefined ? defaultHosts(host) : hostList(v.ALLOWED_HOSTS),
    quotaBytes:
      (v.QUOTA_MB === undefined ? 1024 : integer('QUOTA_MB', v.QUOTA_MB, 0, 1_000_000)) * 1024 * 1024,
    connectionsPerAddress:
      v.CONNECTIONS_PER_ADDRESS === undefined
        ? 64
        : integer('CONNECTIONS_PER_ADDRESS', v.CONNECTIONS_PER_ADDRESS, 1, 100_000),
    geocoderCountry: v.GEOCODER_COUNTRY === undefined ? 'id' : countryCode(v.GEOCODER_COUNTRY),
    ...geocoderSettings(v),
    shutdownGraceMs:
      v.SHUTDOWN_GRACE_MS === undefined
        ? 10_000
        : integer('SHUTDOWN_GRACE_MS', v.SHUTDOWN_GRACE_MS, 0, 600_000),
  };
  if (v.REDIS_URL !== undefined && v.REDIS_URL !== '') config.redisUrl = redisUrl(v.REDIS_URL);
  if (v.PUBLIC_URL !== undefined && v.PUBLIC_URL !== '')
    config.publicUrl = originList('PUBLIC_URL', v.PUBLIC_URL)[0]!;
  if (v.UPSTREAM !== undefined && v.UPSTREAM !== '') config.upstream = upstreamUrl(v.UPSTREAM);
  if (v.DATABASE_URL !== undefined && v.DATABASE_URL !== '')
    config.postgres = {
      url: postgresUrl(v.DATABASE_URL),
      poolSize:
        v.DATABASE_POOL_SIZE === undefined
          ? 10
          : integer('DATABASE_POOL_SIZE', v.DATABASE_POOL_SIZE, 1, 1000),
      statementTimeoutMs:
        v.DATABASE_STATEMENT_TIMEOUT_MS === undefined
          ? 10_000
          : integer('DATABASE_STATEMENT_TIMEOUT_MS', v.DATABASE_STATEMENT_TIMEOUT_MS, 100, 3_600_000),
    };
  return config;
}

export function loadConfig(): Config {
  return parseConfig(process.env, process.argv.slice(2));
}

// The only reader of process.env and process.argv (DESIGN.md). Every value is checked here, so a bad
// setting stops the server with one line naming it instead of failing later in some other module.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  port: number;
  host: string;
  /** SQLite file path, or ':memory:' */
  database: string;
  /** organisation file loaded at start */
  seed: string;
  /** MileApp base URL ending in /api/v3: forward there instead of using the local database */
  upstream?: string;
  /** requests per second per organisation; 0 turns the limit off (tests, benchmarks) */
  rateLimit: number;
}

export const DEFAULT_SEED = fileURLToPath(new URL('./seed/demo-org.json', import.meta.url));

/** A setting that cannot be used; `message` is the one line printed before exiting with 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const FLAGS: Readonly<Record<string, string>> = {
  '--port': 'PORT',
  '--host': 'HOST',
  '--database': 'DATABASE',
  '--seed': 'SEED',
  '--upstream': 'UPSTREAM',
  '--rate-limit': 'RATE_LIMIT',
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

export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[] = [],
): Config {
  const v = { ...env, ...readFlags(argv) };
  const config: Config = {
    port: v.PORT === undefined ? 8080 : integer('PORT', v.PORT, 0, 65535),
    host: v.HOST === undefined ? '127.0.0.1' : nonEmpty('HOST', v.HOST),
    database: v.DATABASE === undefined ? 'data/composer.db' : nonEmpty('DATABASE', v.DATABASE),
    seed: v.SEED === undefined ? DEFAULT_SEED : resolve(nonEmpty('SEED', v.SEED)),
    rateLimit: v.RATE_LIMIT === undefined ? 100 : integer('RATE_LIMIT', v.RATE_LIMIT, 0, 1_000_000),
  };
  if (v.UPSTREAM !== undefined && v.UPSTREAM !== '') config.upstream = upstreamUrl(v.UPSTREAM);
  return config;
}

export function loadConfig(): Config {
  return parseConfig(process.env, process.argv.slice(2));
}

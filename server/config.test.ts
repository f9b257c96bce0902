import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL } from '../src/shared/map-tiles';
import { ConfigError, DEFAULT_SEED, parseConfig } from './config';

describe('parseConfig', () => {
  it('has the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      database: 'data/composer.db',
      seed: DEFAULT_SEED,
      rateLimit: 100,
      corsOrigins: [],
      connectOrigins: [],
      tileUrl: DEFAULT_TILE_URL,
      logLevel: 'warn',
      sqliteSync: 'normal',
      createBatch: 256,
      allowedHosts: ['localhost', '127.0.0.1', '::1'],
      quotaBytes: 1024 * 1024 * 1024,
      connectionsPerAddress: 64,
      geocoder: 'builtin',
      geocoderCountry: 'id',
      geocoderUserAgent: 'TaskComposer/0.1.0',
      geocoderTimeoutMs: 5000,
      geocoderCacheTtlMs: 30 * 24 * 3600 * 1000,
      shutdownGraceMs: 10_000,
    });
  });

  it('reads REDIS_URL and the shutdown grace, and refuses a URL of another scheme without echoing it', () => {
    expect(
      parseConfig({ REDIS_URL: 'redis://:pw@10.0.0.7:6379/2', SHUTDOWN_GRACE_MS: '30000' }),
    ).toMatchObject({ redisUrl: 'redis://:pw@10.0.0.7:6379/2', shutdownGraceMs: 30_000 });
    expect(parseConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
    for (const bad of ['http://u:secret@redis:6379', 'redis-host:6379', 'redis://'])
      expect(() => parseConfig({ REDIS_URL: bad })).toThrow(
        'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0 (the value is not shown: it may hold a password).',
      );
    expect(() => parseConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(
      'SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000, got "-1".',
    );
  });

  it('reads the geocoder and its country, and refuses an unknown provider', () => {
    expect(parseConfig({ GEOCODER: 'None', GEOCODER_COUNTRY: 'MY' })).toMatchObject({
      geocoder: 'none',
      geocoderCountry: 'my',
    });
    expect(() => parseConfig({ GEOCODER: 'google' })).toThrow(
      'GEOCODER must be one of builtin, nominatim, photon, pelias, none, got "google".',
    );
    expect(() => parseConfig({ GEOCODER_COUNTRY: 'Indonesia' })).toThrow(
      'GEOCODER_COUNTRY must be a two-letter country code such as id, got "Indonesia".',
    );
  });

  it('reads an external geocoder: its URL, User-Agent, time limit and cache lifetime', () => {
    expect(
      parseConfig({
        GEOCODER: 'photon',
        GEOCODER_URL: 'https://photon.example.org/',
        GEOCODER_CONTACT: 'ops@example.org',
        GEOCODER_TIMEOUT_S: '3',
        GEOCODER_CACHE_DAYS: '7',
      }),
    ).toMatchObject({
      geocoder: 'photon',
      geocoderUrl: 'https://photon.example.org',
      geocoderUserAgent: 'TaskComposer/0.1.0 (+ops@example.org)',
      geocoderTimeoutMs: 3000,
      geocoderCacheTtlMs: 7 * 24 * 3600 * 1000,
    });
    expect(
      parseConfig({ GEOCODER: 'pelias', GEOCODER_URL: 'http://pelias:4000', GEOCODER_USER_AGENT: 'Acme/2' }),
    ).toMatchObject({ geocoderUrl: 'http://pelias:4000', geocoderUserAgent: 'Acme/2' });
    expect(parseConfig({ GEOCODER: 'nominatim', GEOCODER_CONTACT: 'https://acme.example' })).toMatchObject({
      geocoderUrl: 'https://nominatim.openstreetmap.org',
      geocoderUserAgent: 'TaskComposer/0.1.0 (+https://acme.example)',
    });
    expect(parseConfig({}).geocoderUrl).toBeUndefined();
  });

  it('refuses an external geocoder it could not use politely', () => {
    expect(() => parseConfig({ GEOCODER: 'photon' })).toThrow(
      'GEOCODER=photon needs GEOCODER_URL, the address of its server.',
    );
    expect(() => parseConfig({ GEOCODER: 'nominatim' })).toThrow(
      'The public Nominatim server needs a contact: set GEOCODER_CONTACT',
    );
    expect(parseConfig({ GEOCODER: 'nominatim', GEOCODER_URL: 'http://10.0.0.9:8080' }).geocoderUrl).toBe(
      'http://10.0.0.9:8080',
    );
    expect(() => parseConfig({ GEOCODER: 'pelias', GEOCODER_URL: 'ftp://x' })).toThrow(
      'GEOCODER_URL must be an http(s) URL without query or fragment, got "ftp://x".',
    );
    expect(() => parseConfig({ GEOCODER_TIMEOUT_S: '0' })).toThrow(
      'GEOCODER_TIMEOUT_S must be a whole number from 1 to 30, got "0".',
    );
  });

  it('reads the CORS allow-list, connect origins, tile URL, log level and SQLite sync mode', () => {
    const c = parseConfig({
      CORS_ORIGINS: 'https://dispatch.example.com, http://localhost:5173',
      CONNECT_ORIGINS: 'https://apiweb.mile.app',
      VITE_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      LOG_LEVEL: 'INFO',
      SQLITE_SYNC: 'full',
      CREATE_BATCH: '1',
    });
    expect(c).toMatchObject({
      corsOrigins: ['https://dispatch.example.com', 'http://localhost:5173'],
      connectOrigins: ['https://apiweb.mile.app'],
      tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      logLevel: 'info',
      sqliteSync: 'full',
      createBatch: 1,
    });
    expect(parseConfig({ CORS_ORIGINS: ' , ' }).corsOrigins).toEqual([]);
  });

  it('reads the environment, and flags (both spellings) win over it', () => {
    const env = { PORT: '9000', HOST: '0.0.0.0', DATABASE: '/tmp/x.db', RATE_LIMIT: '0' };
    expect(parseConfig(env)).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      database: '/tmp/x.db',
      rateLimit: 0,
    });
    const c = parseConfig(env, [
      '--port',
      '9001',
      '--database=/tmp/y.db',
      '--upstream',
      'https://apiweb.mile.app/api/v3/',
    ]);
    expect(c).toMatchObject({
      port: 9001,
      database: '/tmp/y.db',
      upstream: 'https://apiweb.mile.app/api/v3',
    });
  });

  it.each<[Record<string, string>, string[], RegExp]>([
    [{ PORT: 'eighty' }, [], /^PORT must be a whole number from 0 to 65535, got "eighty"\.$/],
    [{ PORT: '70000' }, [], /^PORT must be/],
    [{ PORT: '-1' }, [], /^PORT must be/],
    [{ HOST: ' ' }, [], /^HOST must not be empty\.$/],
    [{ DATABASE: '' }, [], /^DATABASE must not be empty\.$/],
    [{ UPSTREAM: 'apiweb.mile.app' }, [], /^UPSTREAM must be an absolute http\(s\) URL/],
    [{ UPSTREAM: 'ftp://mile.app/api/v3' }, [], /^UPSTREAM must use http or https/],
    [{ RATE_LIMIT: '1.5' }, [], /^RATE_LIMIT must be a whole number/],
    [{ CORS_ORIGINS: '*' }, [], /^CORS_ORIGINS must list origins like https:\/\/app\.example\.com/],
    [
      { CORS_ORIGINS: 'https://a.example.com/' },
      [],
      /^CORS_ORIGINS must list origins.*"https:\/\/a\.example\.com\/"/,
    ],
    [{ CORS_ORIGINS: 'https://a.example.com/app' }, [], /^CORS_ORIGINS must list origins/],
    [{ CONNECT_ORIGINS: 'ftp://files.example.com' }, [], /^CONNECT_ORIGINS must list origins/],
    [{ VITE_TILE_URL: 'tiles/{z}/{x}/{y}.png' }, [], /^VITE_TILE_URL must be an http\(s\) tile URL template/],
    [
      { LOG_LEVEL: 'verbose' },
      [],
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"\.$/,
    ],
    [{ SQLITE_SYNC: 'off' }, [], /^SQLITE_SYNC must be one of normal, full, got "off"\.$/],
    [{ CREATE_BATCH: '0' }, [], /^CREATE_BATCH/],
    [{}, ['--prot', '1'], /^Unknown argument "--prot"/],
    [{}, ['--port'], /^--port needs a value\.$/],
    [{ ALLOWED_HOSTS: 'https://x.example' }, [], /^ALLOWED_HOSTS must list host names/],
    [{ ALLOWED_HOSTS: ' , ' }, [], /^ALLOWED_HOSTS must name at least one host/],
    [{ PUBLIC_URL: 'https://x.example/path' }, [], /^PUBLIC_URL must list origins/],
    [{ QUOTA_MB: '-1' }, [], /^QUOTA_MB/],
  ])('%j %j → one clear line', (env, argv, message) => {
    let error: unknown;
    try {
      parseConfig(env, argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('the hardening settings (decisions 046, 048, 050)', () => {
  it('allow localhost and the listened address by default, any port; a wildcard listen adds nothing', () => {
    expect(parseConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(parseConfig({ HOST: '192.168.1.5' }).allowedHosts).toContain('192.168.1.5');
    expect(parseConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(parseConfig({ ALLOWED_HOSTS: 'Composer.Example.com, *' }).allowedHosts).toEqual([
      'composer.example.com',
      '*',
    ]);
  });

  it('read PUBLIC_URL, QUOTA_MB and CONNECTIONS_PER_ADDRESS', () => {
    const c = parseConfig({ PUBLIC_URL: 'https://c.example', QUOTA_MB: '5', CONNECTIONS_PER_ADDRESS: '8' });
    expect(c).toMatchObject({
      publicUrl: 'https://c.example',
      quotaBytes: 5 * 1024 * 1024,
      connectionsPerAddress: 8,
    });
    expect(parseConfig({})).toMatchObject({ quotaBytes: 1024 * 1024 * 1024, connectionsPerAddress: 64 });
  });

  it('puts the store in PostgreSQL with DATABASE_URL, and refuses a URL that is not one', () => {
    expect(parseConfig({}).postgres).toBeUndefined();
    expect(parseConfig({ DATABASE_URL: 'postgres://app:secret@db.internal:5432/composer' }).postgres).toEqual(
      {
        url: 'postgres://app:secret@db.internal:5432/composer',
        poolSize: 10,
        statementTimeoutMs: 10_000,
      },
    );
    expect(
      parseConfig({}, [
        '--database-url=postgresql://db/composer',
        '--database-pool-size',
        '4',
        '--database-statement-timeout-ms=2500',
      ]).postgres,
    ).toEqual({ url: 'postgresql://db/composer', poolSize: 4, statementTimeoutMs: 2500 });
    expect(() => parseConfig({ DATABASE_URL: 'mysql://db/composer' })).toThrow(
      /must start with postgres:\/\//,
    );
    expect(() => parseConfig({ DATABASE_URL: 'postgres://db' })).toThrow(/must name a host and a database/);
    expect(() => parseConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a URL/);
    expect(() => parseConfig({ DATABASE_URL: 'postgres://db/c', DATABASE_POOL_SIZE: '0' })).toThrow(
      /DATABASE_POOL_SIZE must be a whole number from 1/,
    );
  });
});

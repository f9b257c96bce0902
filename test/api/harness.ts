// A real server per test file: buildApp in this process on its own temporary SQLite file, listening on a
// free port, spoken to over HTTP with fetch. (test/support/server-process.ts starts it as its own process.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../server/app';
import { DEFAULT_SEED } from '../../server/config';
import { loadOrganizationFile } from '../../server/seed/load';
import { openPostgresStore } from '../../server/store/pg-store';
import { openSqliteStore } from '../../server/store/sqlite-store';
import { pglitePool } from '../support/pglite-pool';
import type { Store } from '../../server/store/types';
import seed from '../../server/seed/demo-org.json';

export { DOCS_BODY, JAKARTA } from '../support/docs-example';

export const DEMO = seed.organizations[0]!;
export const OTHER = seed.organizations[1]!;
export const DEMO_TOKEN = DEMO.users.find((u) => u.name === 'Roger')!.tokens![0]!;
export const OTHER_TOKEN = OTHER.users.find((u) => u.role === 'dispatcher')!.tokens![0]!;
export const BANDUNG = DEMO.hubs.find((h) => h.name === 'Bandung')!._id;
export const OTHER_HUB = OTHER.hubs[0]!._id;

export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
  /** an error envelope's `requestId`, checked against X-Request-Id and taken out of `body` */
  requestId?: string;
}

/**
 * Error envelopes carry the request's id (decision 067): checked here against the answer's X-Request-Id
 * for every error any API test sees, then taken out so the tests compare MileApp's own fields.
 */
function takeRequestId(parsed: unknown, headers: Headers): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('requestId' in parsed)) return undefined;
  const { requestId } = parsed as { requestId: unknown };
  if (requestId !== headers.get('x-request-id'))
    throw new Error(
      `envelope requestId ${String(requestId)} is not X-Request-Id ${headers.get('x-request-id')}`,
    );
  delete (parsed as { requestId?: unknown }).requestId;
  return requestId as string;
}

export interface Client {
  // Response bodies are read freely in assertions; the Swagger checker is what types them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
}

/** fetch against `base`; JSON bodies are stringified unless a string is given (sent as is). */
export function client(base: string, token?: string): Client {
  return async (method, path, body, headers = {}) => {
    const h: Record<string, string> = { accept: 'application/json', ...headers };
    if (token !== undefined) h.authorization = `Bearer ${token}`;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(base + path, { method, headers: h, body: payload });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const requestId = takeRequestId(parsed, res.headers);
    return {
      status: res.status,
      headers: res.headers,
      text,
      body: parsed as never,
      ...(requestId !== undefined ? { requestId } : {}),
    };
  };
}

export interface TestServer {
  url: string;
  /** `${url}/api/v3` */
  api: string;
  app: FastifyInstance;
  store?: Store;
  dir: string;
  dbPath: string;
  demo: Client;
  other: Client;
  anonymous: Client;
  close(): Promise<void>;
}

export interface StartOptions extends Omit<AppDeps, 'store'> {
  /** reuse this folder (restart tests); a new temporary one otherwise */
  dir?: string;
  seed?: string;
  /** no store at all (upstream mode) */
  noStore?: boolean;
  /** the store's engine: a SQLite file (default), or PostgreSQL in this process (PGlite) */
  engine?: 'sqlite' | 'pglite';
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'composer-api-'));
  const dbPath = join(dir, 'composer.db');
  const { dir: _d, seed: seedFile, noStore, engine, ...deps } = opts;
  const store = noStore
    ? undefined
    : engine === 'pglite'
      ? await openPostgresStore({ url: 'postgres://pglite/memory' }, {}, pglitePool())
      : await openSqliteStore(dbPath);
  if (store) await loadOrganizationFile(store, seedFile ?? DEFAULT_SEED);
  // Tests fire hundreds of requests at once from one address: the limits that count per address are
  // lifted unless a test sets them.
  const app = await buildApp({
    rateLimit: 0,
    failedAuthLimit: 0,
    connections: { max: 100_000, perAddress: 100_000 },
    ...deps,
    ...(store ? { store } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const api = `${url}/api/v3`;
  return {
    url,
    api,
    app,
    store,
    dir,
    dbPath,
    demo: client(api, DEMO_TOKEN),
    other: client(api, OTHER_TOKEN),
    anonymous: client(api),
    async close() {
      await app.close();
      await store?.close();
      if (opts.dir === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How many tasks the organisation of `call` can see. */
export async function taskCount(call: Client): Promise<number> {
  const r = await call<{ tasks: { total: number } }>('GET', '/tasks?limit=1');
  return r.body.tasks.total;
}

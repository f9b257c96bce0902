// Idempotency-Key through the UPSTREAM gateway (docs/decisions/060), against a fake MileApp on 127.0.0.1
// that counts what it was sent and can be told to store a task and then drop the connection. The key
// records are the store's, so every test runs on a SQLite file and on PostgreSQL in this process
// (PGlite); with TEST_DATABASE_URL set, again on that real PostgreSQL, in a schema of its own.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../server/http/idempotency';
import { keyScope } from '../../server/http/upstream-idempotency';
import { openPostgresStore, postgresPool } from '../../server/store/pg-store';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/types';
import { pglitePool } from '../support/pglite-pool';
import { toolEnv } from '../support/tool-env';
import { client, DEMO_TOKEN, DOCS_BODY, OTHER_TOKEN, startServer, type TestServer } from './harness';

type Mode = 'ok' | 'drop' | 'refuse' | 'fail';

interface Fake {
  server: Server;
  api: string;
  /** every POST it received, whatever it answered */
  posts: { url: string; headers: IncomingMessage['headers']; body: string }[];
  /** the tasks it stored */
  tasks: Record<string, unknown>[];
  mode: Mode;
  delayMs: number;
}

async function fakeMileApp(): Promise<Fake> {
  const fake: Fake = { posts: [], tasks: [], mode: 'ok', delayMs: 0 } as unknown as Fake;
  fake.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      fake.posts.push({ url: req.url ?? '', headers: req.headers, body });
      const answer = () => {
        if (fake.mode === 'refuse') {
          res.writeHead(400, { 'content-type': 'application/json' });
          return res.end('{"status":false,"message":"The flow field is required.","failedCode":"task-001"}');
        }
        if (fake.mode === 'fail') {
          res.writeHead(500, { 'content-type': 'application/json' });
          return res.end('{"status":false,"message":"Internal server error","failedCode":"task-045"}');
        }
        const task = { _id: `t${fake.tasks.length + 1}`, ...(JSON.parse(body) as object) };
        fake.tasks.push(task);
        // Committed, and then the answer never leaves: what a reset or a timeout looks like to a client.
        if (fake.mode === 'drop') return res.socket?.destroy();
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ status: true, message: 'Task has been created', task }));
      };
      if (fake.delayMs > 0) setTimeout(answer, fake.delayMs);
      else answer();
    });
  });
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  fake.api = `http://127.0.0.1:${(fake.server.address() as { port: number }).port}/api/v3`;
  return fake;
}

const REAL_PG = toolEnv.testDatabaseUrl;
/** Its own schema, so store.test.ts emptying `public` of the same database at the same time is harmless. */
const REAL_SCHEMA = 'upstream_idempotency_test';

async function realSchema(url: string, sqlText: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(sqlText);
  await c.end();
}

const engines: [string, (dir: string) => Promise<Store>][] = [
  ['a SQLite file', (dir) => openSqliteStore(join(dir, 'gateway.db'))],
  ['PostgreSQL (PGlite)', () => openPostgresStore({ url: 'postgres://pglite/memory' }, {}, pglitePool())],
];
if (REAL_PG !== undefined)
  engines.push([
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      await realSchema(REAL_PG, `DROP SCHEMA IF EXISTS ${REAL_SCHEMA} CASCADE; CREATE SCHEMA ${REAL_SCHEMA}`);
      const pool = postgresPool({ url: REAL_PG, poolSize: 4 });
      pool.on('connect', (c) => void c.query(`SET search_path TO ${REAL_SCHEMA}`));
      return openPostgresStore({ url: REAL_PG }, {}, pool);
    },
  ]);

let fake: Fake;
let n = 0;
const key = () => `key-${++n}-${Date.now()}`;
const keyed = (k: string) => ({ 'idempotency-key': k });

beforeAll(async () => {
  fake = await fakeMileApp();
});
afterEach(() => {
  fake.mode = 'ok';
  fake.delayMs = 0;
});
afterAll(async () => {
  if (fake.server.listening) await new Promise((r) => fake.server.close(r));
  if (REAL_PG !== undefined) await realSchema(REAL_PG, `DROP SCHEMA IF EXISTS ${REAL_SCHEMA} CASCADE`);
});

const postsSince = (before: number) => fake.posts.length - before;

describe.each(engines)('Idempotency-Key through the UPSTREAM gateway, records on %s', (_name, open) => {
  let dir: string;
  let store: Store;
  let gateway: TestServer;
  const startGateway = (times = {}) =>
    startServer({
      upstream: fake.api,
      noStore: true,
      upstreamKeys: store.upstreamKeys,
      upstreamKeyTimes: times,
    });
  // A gateway stopped and started again finds the records where the last one left them.
  const stopGateway = () => gateway.close();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'composer-gateway-'));
    store = await open(dir);
    gateway = await startGateway();
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('forwards a keyed create once, with the key and token, and passes the 201 on', async () => {
    const before = fake.posts.length;
    const k = key();
    const r = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(r.status).toBe(201);
    expect(r.headers.get('idempotent-replayed')).toBeNull();
    expect(r.body.task.field1).toBe(DOCS_BODY.field1);
    expect(postsSince(before)).toBe(1);
    expect(fake.posts.at(-1)!.headers['idempotency-key']).toBe(k);
    expect(fake.posts.at(-1)!.headers.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
    expect(JSON.parse(fake.posts.at(-1)!.body)).toEqual(DOCS_BODY);
  });

  it('replays the first answer to a retry, byte for byte, without a second POST', async () => {
    const before = fake.posts.length;
    const k = key();
    const first = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(DOCS_BODY).reverse());
    const again = await gateway.demo('POST', '/task', reordered, keyed(k));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(postsSince(before)).toBe(1);
  });

  it('sends concurrent requests with one key to MileApp once; all get its answer', async () => {
    fake.delayMs = 300;
    const before = fake.posts.length;
    const k = key();
    const all = await Promise.all(
      Array.from({ length: 6 }, () => gateway.demo('POST', '/task', DOCS_BODY, keyed(k))),
    );
    expect(all.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(all.map((r) => r.body.task._id)).size).toBe(1);
    expect(postsSince(before)).toBe(1);
  });

  it('refuses the key with another body as local mode does, and sends nothing', async () => {
    const k = key();
    await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    const before = fake.posts.length;
    const other = await gateway.demo('POST', '/task', { ...DOCS_BODY, field1: 'Someone else' }, keyed(k));
    expect(other.status).toBe(409);
    expect(other.body).toEqual({
      status: false,
      message:
        'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
      failedCode: 'sys-031',
    });
    const bulk = await gateway.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY] }, keyed(k));
    expect(bulk.body.failedCode).toBe('sys-031');
    expect(postsSince(before)).toBe(0);
  });

  it('answers a lost answer "may already exist" and never resends it: MileApp holds one task', async () => {
    fake.mode = 'drop';
    const beforePosts = fake.posts.length;
    const beforeTasks = fake.tasks.length;
    const k = key();
    const first = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(first.status).toBe(409);
    expect(first.body.failedCode).toBe('task-031');
    expect(first.body.message).toMatch(/may already exist in MileApp.*Check the task list before sending/);
    fake.mode = 'ok';
    for (let i = 0; i < 3; i++) {
      const retry = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      expect(retry.status).toBe(409);
      expect(retry.body).toEqual(first.body);
    }
    expect(postsSince(beforePosts)).toBe(1);
    expect(fake.tasks.length - beforeTasks).toBe(1);
  });

  it('keeps a 5xx key as "may already exist": MileApp may have stored before failing', async () => {
    fake.mode = 'fail';
    const before = fake.posts.length;
    const k = key();
    const first = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(first.status).toBe(500);
    expect(first.body.failedCode).toBe('task-045');
    fake.mode = 'ok';
    const retry = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(retry.status).toBe(409);
    expect(retry.body.failedCode).toBe('task-031');
    expect(postsSince(before)).toBe(1);
  });

  it('keeps no record of a refusal: the corrected retry under the key is sent', async () => {
    fake.mode = 'refuse';
    const before = fake.posts.length;
    const k = key();
    const refused = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(refused.status).toBe(400);
    expect(refused.body.failedCode).toBe('task-001');
    fake.mode = 'ok';
    const sent = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    expect(sent.status).toBe(201);
    expect(postsSince(before)).toBe(2);
  });

  it("keeps one caller's key apart from another's", async () => {
    const before = fake.posts.length;
    const k = key();
    const a = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
    const b = await client(gateway.api, OTHER_TOKEN)('POST', '/task', DOCS_BODY, keyed(k));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.task._id).not.toBe(a.body.task._id);
    expect(postsSince(before)).toBe(2);
  });

  it('refuses a malformed key with the 400 of local mode', async () => {
    const before = fake.posts.length;
    const r = await gateway.demo('POST', '/task', DOCS_BODY, keyed('x'.repeat(256)));
    expect(r.status).toBe(400);
    expect(r.body.errors['Idempotency-Key']).toHaveLength(1);
    expect(postsSince(before)).toBe(0);
  });

  it('replays a keyed bulk create', async () => {
    const before = fake.posts.length;
    const k = key();
    const body = { tasks: [DOCS_BODY] };
    const first = await gateway.demo('POST', '/tasks/bulk/', body, keyed(k));
    const again = await gateway.demo('POST', '/tasks/bulk', body, keyed(k));
    expect(first.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(postsSince(before)).toBe(1);
    expect(fake.posts.at(-1)!.url).toBe('/api/v3/tasks/bulk/');
  });

  it('keeps the records across a restart of the gateway on the same file', async () => {
    const created = key();
    const lost = key();
    const first = await gateway.demo('POST', '/task', DOCS_BODY, keyed(created));
    fake.mode = 'drop';
    await gateway.demo('POST', '/task', DOCS_BODY, keyed(lost));
    fake.mode = 'ok';
    await stopGateway();
    gateway = await startGateway();
    const before = fake.posts.length;
    const again = await gateway.demo('POST', '/task', DOCS_BODY, keyed(created));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect((await gateway.demo('POST', '/task', DOCS_BODY, keyed(lost))).body.failedCode).toBe('task-031');
    expect(postsSince(before)).toBe(0);
  });

  describe('timing', () => {
    it('answers "in progress" (503, Retry-After) when the first request outlasts the wait', async () => {
      await stopGateway();
      gateway = await startGateway({ waitMs: 200 });
      fake.delayMs = 1500;
      const before = fake.posts.length;
      const k = key();
      const first = gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      await new Promise((r) => setTimeout(r, 100));
      const second = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      expect(second.status).toBe(503);
      expect(second.headers.get('retry-after')).toBe('1');
      expect(second.body.failedCode).toBe('sys-032');
      expect((await first).status).toBe(201);
      expect(postsSince(before)).toBe(1);
    });

    it('treats a record left pending by a crashed gateway as "may already exist"', async () => {
      await stopGateway();
      gateway = await startGateway({ answerTimeoutMs: 100 });
      const k = key();
      // What a gateway killed mid-request leaves behind: a claim that never settles.
      const scope = keyScope(`Bearer ${DEMO_TOKEN}`);
      await store.upstreamKeys.claim(scope, k, fingerprint('POST /task', DOCS_BODY), Date.now() - 10_000, 0);
      const before = fake.posts.length;
      const r = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      expect(r.body.failedCode).toBe('task-031');
      expect(postsSince(before)).toBe(0);
    });

    it('releases the key when MileApp could not be reached: the retry is sent', async () => {
      const port = Number(new URL(fake.api).port);
      await new Promise((r) => fake.server.close(r));
      const k = key();
      const down = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      expect(down.status).toBe(502);
      expect(down.body.failedCode).toBe('sys-045');
      await new Promise<void>((r) => fake.server.listen(port, '127.0.0.1', r));
      const before = fake.posts.length;
      const up = await gateway.demo('POST', '/task', DOCS_BODY, keyed(k));
      expect(up.status).toBe(201);
      expect(postsSince(before)).toBe(1);
    });
  });
});

// The store's behaviour on both engines: a SQLite file, and PostgreSQL in this process (PGlite). With
// TEST_DATABASE_URL set, the same again on that real PostgreSQL (its tables are emptied first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, newAnswer } from '../../server/http/idempotency';
import { builtinGeocoder } from '../../server/places/builtin';
import { sha256 } from '../../server/store/org-writes';
import { openPostgresStore } from '../../server/store/pg-store';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { ImportConfigDoc, SeedOrganization, Store, TaskDoc, TaskQuery } from '../../server/store/types';
import { DEMO, DEMO_TOKEN, OTHER } from '../api/harness';
import { pglitePool } from '../support/pglite-pool';
import { toolEnv } from '../support/tool-env';

const REAL_PG = toolEnv.testDatabaseUrl;
if (REAL_PG === undefined)
  console.warn('store.test.ts: the real-PostgreSQL round is skipped: TEST_DATABASE_URL is not set.');

async function emptyRealDatabase(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await c.end();
}

const engines: [string, (dir: string) => Promise<Store>][] = [
  ['SQLite file', (dir) => openSqliteStore(join(dir, 'store.db'))],
  ['PostgreSQL (PGlite)', () => openPostgresStore({ url: 'postgres://pglite/memory' }, {}, pglitePool())],
];
const REAL: [string, (dir: string) => Promise<Store>][] =
  REAL_PG === undefined
    ? []
    : [
        [
          'PostgreSQL (TEST_DATABASE_URL)',
          async () => {
            await emptyRealDatabase(REAL_PG);
            return openPostgresStore({ url: REAL_PG, poolSize: 4 });
          },
        ],
      ];

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const ORG = DEMO._id;
const flow = DEMO.flows[0]!;
const hub = DEMO.hubs[0]!;
let n = 0;
const task = (over: Partial<TaskDoc> = {}): TaskDoc => {
  const i = ++n;
  const t = new Date(Date.UTC(2024, 4, 1, 0, 0, i)).toISOString();
  return {
    _id: `store-task-${i}`,
    organizationId: ORG,
    flow: flow.name,
    flowId: flow._id,
    hubId: hub._id,
    status: 'ONGOING',
    startTime: t,
    endTime: t,
    createdTime: t,
    orderIndex: i,
    assignee: ['Someone@Example.com'],
    ...over,
  };
};
const query = (over: Partial<TaskQuery> = {}): TaskQuery => ({
  sortBy: 'createdTime',
  sortOrder: 'asc',
  offset: 0,
  limit: 100,
  ...over,
});
const docsOf = async (q: Promise<{ docs: AsyncIterable<string> }>) => {
  const out: TaskDoc[] = [];
  for await (const d of (await q).docs) out.push(JSON.parse(d) as TaskDoc);
  return out;
};
const answer = (key: string, body: unknown, at: number) =>
  newAnswer(
    { organizationId: ORG, key, fingerprint: fingerprint('POST /task', body) },
    201,
    `{"k":"${key}"}`,
    at,
  );

describe.each([...engines, ...REAL])('the store on %s', (_name, open) => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-store-'));
  let store: Store;
  beforeAll(async () => {
    store = await open(dir);
    await store.upsertOrganization(copy(DEMO) as SeedOrganization);
    await store.upsertOrganization(copy(OTHER) as SeedOrganization);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a token user, forgets a removed token, and prunes organisations but not their tasks', async () => {
    const user = await store.findTokenUser(sha256(DEMO_TOKEN));
    expect(user).toMatchObject({ organizationId: ORG, name: 'Roger', active: true });
    expect(await store.findTokenUser(sha256('no such token'))).toBeUndefined();
    const dir = await store.directory(ORG);
    expect(dir.flows.map((f) => f._id)).toEqual(DEMO.flows.map((f) => f._id));
    expect(dir.hubs.map((h) => h._id)).toEqual(DEMO.hubs.map((h) => h._id));

    const kept = task({ organizationId: OTHER._id });
    await store.insertTasks([kept]);
    expect(await store.keepOnlyOrganizations([ORG])).toEqual([OTHER.name]);
    expect((await store.directory(OTHER._id)).hubs).toEqual([]);
    expect(await store.getTask(OTHER._id, kept._id)).toEqual(kept);
    await store.upsertOrganization(copy(OTHER) as SeedOrganization);
  });

  it('stores tasks all or nothing and reads them back exactly, per organisation', async () => {
    const a = task({ note: 'ü 中文 "quoted"' });
    await store.insertTasks([a]);
    expect(await store.getTask(ORG, a._id)).toEqual(a);
    expect(await store.getTask(OTHER._id, a._id)).toBeUndefined();
    const b = task();
    await expect(store.insertTasks([b, task({ _id: a._id })])).rejects.toThrow();
    expect(await store.getTask(ORG, b._id)).toBeUndefined();
    expect(await store.taskBytes(ORG)).toBeGreaterThan(JSON.stringify(a).length);
  });

  it('lists with filters, sorts, pages and counts by status', async () => {
    const org = `list-org-${_name}`;
    const base = { organizationId: org };
    const tasks = [
      task({ ...base, status: 'DONE', doneTime: '2024-06-02T00:00:00Z', assignee: ['A@x.io'] }),
      task({ ...base, status: 'ONGOING', hubId: 'other-hub', assignee: ['b@x.io'] }),
      task({ ...base, status: 'DONE', doneTime: '2024-06-01T00:00:00Z', flow: 'Other', assignee: [] }),
    ];
    await store.insertTasks(tasks);
    const all = await store.listTasks(org, query());
    expect(all.total).toBe(3);
    expect(all.countByStatus).toEqual({ DONE: 2, ONGOING: 1 });
    expect((await docsOf(Promise.resolve(all))).map((t) => t._id)).toEqual(tasks.map((t) => t._id));
    const ids = async (q: Partial<TaskQuery>) =>
      (await docsOf(store.listTasks(org, query(q)))).map((t) => t._id);
    expect(await ids({ sortOrder: 'desc' })).toEqual(tasks.map((t) => t._id).reverse());
    expect(await ids({ sortBy: 'doneTime' })).toEqual([tasks[2]!._id, tasks[0]!._id, tasks[1]!._id]);
    expect(await ids({ sortBy: 'doneTime', sortOrder: 'desc' })).toEqual([
      tasks[0]!._id,
      tasks[2]!._id,
      tasks[1]!._id,
    ]);
    expect(await ids({ status: 'DONE' })).toEqual([tasks[0]!._id, tasks[2]!._id]);
    expect(await ids({ flows: ['Other'] })).toEqual([tasks[2]!._id]);
    expect(await ids({ scopeHubIds: [] })).toEqual([]);
    expect(await ids({ scopeHubIds: ['other-hub'] })).toEqual([tasks[1]!._id]);
    expect(await ids({ assignee: 'a@X.io' })).toEqual([tasks[0]!._id]);
    expect(await ids({ offset: 1, limit: 1 })).toEqual([tasks[1]!._id]);
    const from = Date.parse(tasks[1]!.createdTime);
    expect(await ids({ timeBy: 'createdTime', timeFrom: from })).toEqual([tasks[1]!._id, tasks[2]!._id]);
    expect((await store.listTasks('nobody', query())).total).toBe(0);
  });

  it('stores a key once: a repeat gets the first answer and writes nothing', async () => {
    const now = Date.parse('2024-05-01T00:00:00Z');
    const first = task();
    expect(await store.insertTasksOnce([first], answer('k1', { a: 1 }, now))).toBeUndefined();
    const second = task();
    const prior = await store.insertTasksOnce([second], answer('k1', { a: 1 }, now + 1));
    expect(prior?.response).toBe('{"k":"k1"}');
    expect(prior?.fingerprint.equals(fingerprint('POST /task', { a: 1 }))).toBe(true);
    expect(await store.getTask(ORG, second._id)).toBeUndefined();
    expect((await store.findIdempotentAnswer(ORG, 'k1', 0))?.createdMs).toBe(now);
    // An expired answer no longer counts: the key stores anew.
    const later = answer('k1', { a: 2 }, now + 10_000);
    expect(await store.insertTasksOnce([task()], { ...later, expiredBeforeMs: now + 5 })).toBeUndefined();
  });

  it('commits a batch in order: one key twice is stored once, a failing item fails alone', async () => {
    const now = Date.parse('2024-05-02T00:00:00Z');
    const existing = task();
    await store.insertTasks([existing]);
    const [a, b, clash, plain] = [task(), task(), task({ _id: existing._id }), task()];
    const outcomes = await store.insertTaskBatch([
      { task: a, answer: answer('batch-key', {}, now) },
      { task: b, answer: answer('batch-key', {}, now) },
      { task: clash, answer: answer('clash-key', {}, now) },
      { task: plain },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true]);
    expect(outcomes[0]).toEqual({ ok: true });
    expect(outcomes[1]).toMatchObject({ ok: true, prior: { response: '{"k":"batch-key"}' } });
    expect(await store.getTask(ORG, a._id)).toEqual(a);
    expect(await store.getTask(ORG, b._id)).toBeUndefined();
    expect(await store.getTask(ORG, plain._id)).toEqual(plain);
    expect(await store.findIdempotentAnswer(ORG, 'clash-key', 0)).toBeUndefined();
  });

  it('a batch of one failing item reports its failure and leaves the store usable', async () => {
    const now = Date.parse('2024-05-02T12:00:00Z');
    const existing = task();
    await store.insertTasks([existing]);
    const [failed] = await store.insertTaskBatch([
      { task: task({ _id: existing._id }), answer: answer('lone-clash', {}, now) },
    ]);
    expect(failed).toMatchObject({ ok: false, error: expect.any(Error) });
    expect(await store.findIdempotentAnswer(ORG, 'lone-clash', 0)).toBeUndefined();
    const next = task();
    expect(await store.insertTaskBatch([{ task: next }])).toEqual([{ ok: true }]);
    expect(await store.getTask(ORG, next._id)).toEqual(next);
  });

  it('one key from many concurrent creates: exactly one is stored', async () => {
    const now = Date.parse('2024-05-03T00:00:00Z');
    const tasks = Array.from({ length: 8 }, () => task());
    const priors = await Promise.all(tasks.map((t) => store.insertTasksOnce([t], answer('race', {}, now))));
    expect(priors.filter((p) => p === undefined)).toHaveLength(1);
    const stored = await Promise.all(tasks.map((t) => store.getTask(ORG, t._id)));
    expect(stored.filter((t) => t !== undefined)).toHaveLength(1);
  });

  it("keeps the gateway's key records: claimed once, settled, released, forgotten when expired", async () => {
    const keys = store.upstreamKeys;
    const fp = fingerprint('POST /task', { a: 1 });
    expect(await keys.claim('scope-a', 'k1', fp, 1000, 0)).toBeUndefined();
    expect(await keys.claim('scope-a', 'k1', fp, 1001, 0)).toEqual({
      fingerprint: fp,
      state: 'pending',
      status: 0,
      response: '',
      createdMs: 1000,
    });
    // Another scope (another token's organisation) has keys of its own.
    expect(await keys.claim('scope-b', 'k1', fp, 1002, 0)).toBeUndefined();
    await keys.settle('scope-a', 'k1', 'answered', 201, '{"status":true}');
    expect(await keys.find('scope-a', 'k1', 0)).toMatchObject({ state: 'answered', status: 201 });
    // Only a pending claim is released: an answer stays to be replayed.
    await keys.release('scope-a', 'k1');
    expect(await keys.find('scope-a', 'k1', 0)).toMatchObject({ response: '{"status":true}' });
    await keys.release('scope-b', 'k1');
    expect(await keys.find('scope-b', 'k1', 0)).toBeUndefined();
    // Expired (created before 1500): read as missing, and a new claim replaces it.
    expect(await keys.find('scope-a', 'k1', 1500)).toBeUndefined();
    expect(await keys.claim('scope-a', 'k1', fp, 2000, 1500)).toBeUndefined();
    expect(await keys.find('scope-a', 'k1', 1500)).toMatchObject({ state: 'pending', createdMs: 2000 });
  });

  it('one gateway key from many concurrent claims: exactly one claims it, the others see it', async () => {
    const fp = fingerprint('POST /task', { race: true });
    // Several rounds: the first opens a pool's connections, the later ones race on them at once.
    for (let round = 0; round < 10; round++) {
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.upstreamKeys.claim('scope-race', `k${round}`, fp, 5000 + i, 0),
        ),
      );
      expect(claims.filter((c) => c === undefined)).toHaveLength(1);
      expect(claims.filter((c) => c?.state === 'pending')).toHaveLength(7);
    }
  });

  it('saves import presets: replaced by name, capped per reference, newest first', async () => {
    const preset = (name: string, at: string, id = `ic-${name}`): ImportConfigDoc => ({
      _id: id,
      organizationId: ORG,
      name,
      referenceType: 'flow',
      referenceId: flow._id,
      fields: [{ id: 'a', headerColumn: name }],
      createdBy: 'Roger',
      createdTime: at,
      updatedTime: at,
    });
    expect(await store.saveImportConfig(preset('one', '2024-05-01T00:00:00Z'), 2)).toMatchObject({
      _id: 'ic-one',
    });
    await store.saveImportConfig(preset('two', '2024-05-02T00:00:00Z'), 2);
    expect(await store.saveImportConfig(preset('three', '2024-05-03T00:00:00Z'), 2)).toBeUndefined();
    const replaced = await store.saveImportConfig(preset('one', '2024-05-04T00:00:00Z', 'ic-new'), 2);
    expect(replaced).toMatchObject({ _id: 'ic-one', createdTime: '2024-05-01T00:00:00Z' });
    const listed = await store.listImportConfigs(ORG, 'flow', flow._id, 10);
    expect(listed.map((c) => [c.name, c.updatedTime])).toEqual([
      ['one', '2024-05-04T00:00:00Z'],
      ['two', '2024-05-02T00:00:00Z'],
    ]);
    expect(await store.listImportConfigs(OTHER._id, 'flow', flow._id, 10)).toEqual([]);
  });

  it('reads own places by word prefixes, the newest first, the cities apart, and finds them in a box', async () => {
    expect(await store.places.count('city')).toBeGreaterThan(100);
    const cities = await store.places.shared();
    expect(cities).toContainEqual(expect.objectContaining({ source: 'city', name: 'Jakarta' }));
    expect(cities.every((p) => p.source === 'city')).toBe(true);
    // The same array while the cities stay: the geocoder builds its city index once per array.
    expect(await store.places.shared()).toBe(cities);
    const read = async (org: string, prefixes: string[], limit: number) => {
      const found = [];
      for await (const p of store.places.newest(org, prefixes, limit)) found.push(p);
      return found;
    };
    const stems = hub.name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.slice(0, 3));
    expect(await read(ORG, stems, 5)).toContainEqual(
      expect.objectContaining({ source: 'hub', name: hub.name }),
    );
    // Own places only: the cities are searched in memory, and another organisation's hubs never.
    expect(await read(ORG, ['jakar'], 50)).not.toContainEqual(expect.objectContaining({ source: 'city' }));
    expect(await read(OTHER._id, stems, 50)).not.toContainEqual(
      expect.objectContaining({ source: 'hub', name: hub.name }),
    );
    expect(await read(ORG, ['zzqxv'], 5)).toEqual([]);
    // More rows than the first page (64): the pages follow on, newest first, and stop at the limit.
    for (let i = 0; i < 100; i++)
      await store.places.put({
        organizationId: ORG,
        source: 'task',
        ref: `paging-${i}`,
        name: `Toko Pagination ${i}`,
        address: 'Jalan Halaman',
        lat: -6.2,
        lng: 106.8,
        precision: 'street',
      });
    const ninety = await read(ORG, ['pagin', 'hal'], 90);
    expect(ninety.map((p) => p.name)).toEqual(
      Array.from({ length: 90 }, (_, i) => `Toko Pagination ${99 - i}`),
    );
    expect(await read(ORG, ['pagin'], 500)).toHaveLength(100);
    const near = await store.places.within(ORG, {
      south: hub.lat - 0.01,
      north: hub.lat + 0.01,
      west: hub.lng - 0.01,
      east: hub.lng + 0.01,
    });
    expect(near).toContainEqual(expect.objectContaining({ source: 'hub', name: hub.name }));
  });

  it('the built-in geocoder: own places first, and a word with a typo still found', async () => {
    const geocoder = builtinGeocoder(store.places);
    const at = { organizationId: ORG, limit: 5 };
    expect((await geocoder.search('Balikpapam', at))[0]?.name).toBe('Balikpapan');
    expect((await geocoder.search('Bandnug', at)).map((p) => p.name)).toContain('Bandung');
    const first = hub.name.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 3)!;
    expect((await geocoder.search(first, at))[0]).toMatchObject({ source: 'hub', name: hub.name });
  });

  it('answers a ping while open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('keeps a geocoder answer until it expires, replaces it, and prunes expired ones', async () => {
    const { geocodeCache: cache } = store;
    await cache.put('nominatim search bandung', [{ name: 'Bandung' }], 2000, 1000);
    expect(await cache.get('nominatim search bandung', 1999)).toEqual([{ name: 'Bandung' }]);
    expect(await cache.get('nominatim search bandung', 2000)).toBeUndefined();
    await cache.put('nominatim search bandung', [{ name: 'Bandung, Jawa Barat' }], 5000, 1000);
    expect(await cache.get('nominatim search bandung', 2000)).toEqual([{ name: 'Bandung, Jawa Barat' }]);
    await cache.put('photon search bogor', [], 3000, 1000);
    // Pruned at 6000 by the next write: read at an earlier time, it would otherwise still be there.
    await cache.put('photon search depok', [], 9000, 6000);
    expect(await cache.get('nominatim search bandung', 0)).toBeUndefined();
    expect(await cache.get('photon search bogor', 0)).toBeUndefined();
    expect(await cache.get('photon search depok', 0)).toEqual([]);
  });
});

describe('a SQLite file from a gateway that kept its key records outside the schema versions', () => {
  it('keeps the records it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'composer-store-'));
    const path = join(dir, 'gateway.db');
    try {
      await (await openSqliteStore(path)).close();
      // What such a gateway left: schema version 5, and the table it created itself, with a record.
      const db = new Database(path);
      db.exec('DROP TABLE upstream_keys');
      db.exec(`CREATE TABLE upstream_keys (scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint BLOB NOT NULL,
        state TEXT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL, created_ms INTEGER NOT NULL,
        PRIMARY KEY (scope, key))`);
      db.prepare(`INSERT INTO upstream_keys VALUES ('s', 'k', x'01', 'answered', 201, '{}', 1000)`).run();
      db.pragma('user_version = 5');
      db.close();
      const store = await openSqliteStore(path);
      try {
        expect(await store.upstreamKeys.find('s', 'k', 0)).toMatchObject({ state: 'answered', status: 201 });
        expect(await store.upstreamKeys.claim('s', 'k', Buffer.from([1]), 2000, 0)).toMatchObject({
          response: '{}',
        });
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

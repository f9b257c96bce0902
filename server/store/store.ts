// The Store over either engine (docs/decisions/062): the organisation's directory and the known tokens
// are kept in memory until the organisation is written again; everything else is a query of *-rows.ts.
import { timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { directoryReader } from './directory';
import type { Engine } from './engine';
import { geocodeCacheRows } from './geocode-cache-rows';
import { idempotencyRows } from './idempotency-rows';
import { importConfigRows } from './import-config-rows';
import { organizationPruner, organizationWriter } from './org-writes';
import { placeRows } from './place-rows';
import { asBuffer, type DB } from './schema';
import { taskRows } from './task-rows';
import { upstreamKeyRows } from './upstream-key-rows';
import { cityRows, hubRows, taskRow } from '../places/rows';
import type { AuthUser, Directory, Store, TaskDoc } from './types';

export interface StoreOptions {
  /** ISO 3166 alpha-2 country whose cities the built-in places index holds (default ID) */
  placesCountry?: string;
}

/** Tasks read per page when a database from before the places index has them indexed. */
const BACKFILL_PAGE = 1000;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export async function openStore(engine: Engine, options: StoreOptions = {}): Promise<Store> {
  const { db } = engine;
  const writeOrganization = organizationWriter(engine);
  const pruneOrganizations = organizationPruner(engine);
  const readDirectory = directoryReader(db);
  // The pending read is kept, so concurrent first requests read the organisation once.
  const directories = new Map<string, Promise<Directory>>();
  const places = placeRows(engine);
  const directory = (organizationId: string, q?: Kysely<DB>): Promise<Directory> => {
    let d = directories.get(organizationId);
    if (d === undefined) {
      directories.set(organizationId, (d = readDirectory(organizationId, q)));
      d.catch(() => directories.delete(organizationId));
    }
    return d;
  };
  const indexTask = async (q: Kysely<DB>, t: TaskDoc) => {
    const row = taskRow(t, (await directory(t.organizationId, q)).flowsById.get(t.flowId)?.spec);
    if (row !== undefined) await places.put(row, q);
  };
  const tasks = taskRows(engine, indexTask);
  const importConfigs = importConfigRows(engine);
  const idempotency = idempotencyRows(engine, (q, task, doc) => tasks.insertRow(q, task, doc));
  // Known tokens by their hash (hex), filled on first use and emptied whenever an organisation is written
  // (its users and tokens may have changed), like the directories. Unknown hashes are not remembered, so
  // random tokens cannot grow it: it holds at most the tokens the database holds.
  const tokenUsers = new Map<string, AuthUser>();
  const country = (options.placesCountry ?? 'ID').toUpperCase();
  await places.useCities(country, () => cityRows(country));
  // A database from before the places index: its past tasks are indexed once, a page at a time.
  if (engine.migratedFrom > 0 && engine.migratedFrom < engine.placesSince)
    await db.transaction().execute(async (trx) => {
      for (let after = 0; ;) {
        const rows = await trx
          .selectFrom('tasks')
          .select(['rowid', 'doc'])
          .where('rowid', '>', after)
          .orderBy('rowid')
          .limit(BACKFILL_PAGE)
          .execute();
        if (rows.length === 0) break;
        for (const r of rows) await indexTask(trx, JSON.parse(r.doc) as TaskDoc);
        after = Number(rows[rows.length - 1]!.rowid);
      }
    });

  return {
    engine: engine.name,
    async findTokenUser(tokenHash): Promise<AuthUser | undefined> {
      const cacheKey = tokenHash.toString('hex');
      const cached = tokenUsers.get(cacheKey);
      if (cached !== undefined) return cached;
      const row = await db
        .selectFrom('tokens as t')
        .innerJoin('users as u', (j) =>
          j.onRef('u.organization_id', '=', 't.organization_id').onRef('u._id', '=', 't.user_id'),
        )
        .select(['t.hash', 't.organization_id', 't.user_id', 'u.name', 'u.email', 'u.doc'])
        .where('t.hash', '=', tokenHash)
        .executeTakeFirst();
      // The index finds the row by hash; the final comparison is constant-time all the same.
      const hash = row === undefined ? undefined : asBuffer(row.hash);
      if (
        row === undefined ||
        hash === undefined ||
        hash.length !== tokenHash.length ||
        !timingSafeEqual(hash, tokenHash)
      )
        return undefined;
      const doc = JSON.parse(row.doc) as Record<string, unknown>;
      const user: AuthUser = {
        userId: row.user_id,
        name: row.name,
        email: row.email,
        organizationId: row.organization_id,
        active: doc.status === 'active',
        role: text(doc.role),
        hubIds: Array.isArray(doc.hubId) ? (doc.hubId as string[]) : [],
      };
      tokenUsers.set(cacheKey, user);
      return user;
    },
    directory: (organizationId) => directory(organizationId),
    places,
    geocodeCache: geocodeCacheRows(db),
    upstreamKeys: upstreamKeyRows(engine),
    async upsertOrganization(org) {
      await writeOrganization(org);
      directories.delete(org._id);
      tokenUsers.clear();
      await places.replaceHubs(org._id, hubRows(org._id, (await directory(org._id)).hubs));
    },
    async keepOnlyOrganizations(keep) {
      const removed = await pruneOrganizations(keep);
      await places.keepOnlyHubsOf(keep);
      directories.clear();
      tokenUsers.clear();
      return removed;
    },
    insertTasks: (list) =>
      db.transaction().execute(async (trx) => {
        for (const t of list) await tasks.insertRow(trx, t);
      }),
    findIdempotentAnswer: (organizationId, key, expiredBeforeMs) =>
      idempotency.find(organizationId, key, expiredBeforeMs),
    insertTasksOnce: (list, answer) => idempotency.commit(list, answer),
    insertTaskBatch: (items) => idempotency.commitBatch(items),
    saveImportConfig: (doc, max) => importConfigs.save(doc, max),
    listImportConfigs: (organizationId, referenceType, referenceId, limit) =>
      importConfigs.list(organizationId, referenceType, referenceId, limit),
    getTask: (organizationId, taskId) => tasks.get(organizationId, taskId),
    taskBytes: (organizationId) => tasks.bytes(organizationId),
    listTasks: (organizationId, query) => tasks.list(organizationId, query),
    // Proves a connection answers without touching a table, so a long write cannot make it wait.
    ping: async () => void (await sql`SELECT 1`.execute(engine.db)),
    close: () => engine.close(),
  };
}

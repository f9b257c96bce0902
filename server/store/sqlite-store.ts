// The SQLite implementation of Store: one file, WAL journal, folders created.
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { directoryReader } from './directory';
import { geocodeCacheRows } from './geocode-cache-rows';
import { idempotencyRows } from './idempotency-rows';
import { importConfigRows } from './import-config-rows';
import { migrate, PLACES_VERSION } from './migrations';
import { organizationPruner, organizationWriter } from './org-writes';
import { placeRows } from './place-rows';
import { taskRows } from './task-rows';
import { cityRows, hubRows, taskRow } from '../places/rows';
import type { AuthUser, Directory, Store, TaskDoc } from './types';

interface TokenRow {
  hash: Buffer;
  organization_id: string;
  user_id: string;
  name: string;
  email: string;
  status: string | null;
  role: string | null;
  hub_ids: string | null;
}

export interface StoreOptions {
  /**
   * NORMAL (default): in WAL mode every commit is in the WAL file before the call returns, so it survives
   * the process being killed; FULL also survives power loss, at an fsync per commit (decision 020).
   */
  synchronous?: 'normal' | 'full';
  /** ISO 3166 alpha-2 country whose cities the built-in places index holds (default ID) */
  placesCountry?: string;
}

export function openSqliteStore(path: string, options: StoreOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  const before = migrate(db);

  const writeOrganization = organizationWriter(db);
  const pruneOrganizations = organizationPruner(db);
  const readDirectory = directoryReader(db);
  const directories = new Map<string, Directory>();
  const places = placeRows(db);
  const directory = (organizationId: string): Directory => {
    let d = directories.get(organizationId);
    if (d === undefined) directories.set(organizationId, (d = readDirectory(organizationId)));
    return d;
  };
  const indexTask = (t: TaskDoc) => {
    const row = taskRow(t, directory(t.organizationId).flowsById.get(t.flowId)?.spec);
    if (row !== undefined) places.put(row);
  };
  const tasks = taskRows(db, indexTask);
  const importConfigs = importConfigRows(db);
  const idempotency = idempotencyRows(db, (task, doc) => tasks.insertRow(task, doc));
  const token = db.prepare<[Buffer], TokenRow>(
    `SELECT t.hash, t.organization_id, t.user_id, u.name, u.email, json_extract(u.doc, '$.status') AS status,
       json_extract(u.doc, '$.role') AS role, json_extract(u.doc, '$.hubId') AS hub_ids FROM tokens t
     JOIN users u ON u.organization_id = t.organization_id AND u._id = t.user_id WHERE t.hash = ?`,
  );
  // Known tokens by their hash (hex), filled on first use and emptied whenever an organisation is written
  // (its users and tokens may have changed), like the directories. Unknown hashes are not remembered, so
  // random tokens cannot grow it: it holds at most the tokens the database holds.
  const tokenUsers = new Map<string, AuthUser>();
  const country = (options.placesCountry ?? 'ID').toUpperCase();
  places.useCities(country, () => cityRows(country));
  // A database from before the places index: its past tasks are indexed once.
  // Read a page at a time: a statement still reading cannot share the connection with the writes.
  if (before > 0 && before < PLACES_VERSION) {
    const page = db.prepare<[number], { id: number; doc: string }>(
      'SELECT rowid AS id, doc FROM tasks WHERE rowid > ? ORDER BY rowid LIMIT 1000',
    );
    db.transaction(() => {
      for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1]!.id))
        for (const r of rows) indexTask(JSON.parse(r.doc) as TaskDoc);
    })();
  }

  return {
    findTokenUser(tokenHash): AuthUser | undefined {
      const cacheKey = tokenHash.toString('hex');
      const cached = tokenUsers.get(cacheKey);
      if (cached !== undefined) return cached;
      const row = token.get(tokenHash);
      // The index finds the row by hash; the final comparison is constant-time all the same.
      if (row === undefined || row.hash.length !== tokenHash.length || !timingSafeEqual(row.hash, tokenHash))
        return undefined;
      const user: AuthUser = {
        userId: row.user_id,
        name: row.name,
        email: row.email,
        organizationId: row.organization_id,
        active: row.status === 'active',
        role: row.role ?? '',
        hubIds: row.hub_ids === null ? [] : (JSON.parse(row.hub_ids) as string[]),
      };
      tokenUsers.set(cacheKey, user);
      return user;
    },
    directory,
    places,
    geocodeCache: geocodeCacheRows(db),
    upsertOrganization(org) {
      writeOrganization(org);
      directories.delete(org._id);
      tokenUsers.clear();
      places.replaceHubs(org._id, hubRows(org._id, directory(org._id).hubs));
    },
    keepOnlyOrganizations(keep) {
      const removed = pruneOrganizations(keep);
      places.keepOnlyHubsOf(keep);
      directories.clear();
      tokenUsers.clear();
      return removed;
    },
    insertTasks: (list) => tasks.insert(list),
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
    // Proves the connection is open without touching a table, so a long write cannot make it wait.
    ping: async () => void db.prepare('SELECT 1').get(),
    close: () => db.close(),
  };
}

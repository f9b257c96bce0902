// Loading an organisation file into SQLite: upsert by _id, then remove what the file no longer lists,
// all in one transaction, so loading the same file twice changes nothing (docs/decisions/015).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SeedOrganization } from './types';
import { recordTime } from './time';

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

// updated_time moves only when the stored document really changed.
const upsert = (table: string, extraCols: string[]) => {
  const cols = ['organization_id', '_id', 'name', ...extraCols, 'doc', 'created_time', 'updated_time'];
  const sets = ['name', ...extraCols, 'doc'].map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
    ON CONFLICT (organization_id, _id) DO UPDATE SET ${sets},
      updated_time = CASE WHEN ${table}.doc IS excluded.doc THEN ${table}.updated_time ELSE excluded.updated_time END`;
};
const prune = (table: string) =>
  `DELETE FROM ${table} WHERE organization_id = ? AND _id NOT IN (SELECT value FROM json_each(?))`;

/**
 * Removes every organisation the file no longer lists, with its hubs, users, flows and tokens
 * (docs/decisions/051). Its tasks stay, unreachable without a token, and come back with it.
 * Returns the names of the organisations removed.
 */
export function organizationPruner(db: Database.Database): (keep: readonly string[]) => string[] {
  const gone = db.prepare<[string], { _id: string; name: string }>(
    'SELECT _id, name FROM organizations WHERE _id NOT IN (SELECT value FROM json_each(?))',
  );
  const drops = ['tokens', 'users', 'hubs', 'flows'].map((t) =>
    db.prepare(`DELETE FROM ${t} WHERE organization_id = ?`),
  );
  const dropOrg = db.prepare('DELETE FROM organizations WHERE _id = ?');
  return db.transaction((keep: readonly string[]) => {
    const removed = gone.all(JSON.stringify(keep));
    for (const o of removed) {
      for (const d of drops) d.run(o._id);
      dropOrg.run(o._id);
    }
    return removed.map((o) => o.name);
  });
}

export function organizationWriter(db: Database.Database): (org: SeedOrganization) => void {
  const org = db.prepare(
    `INSERT INTO organizations (_id, name, updated_time) VALUES (?, ?, ?)
     ON CONFLICT (_id) DO UPDATE SET name = excluded.name`,
  );
  const hub = db.prepare(upsert('hubs', []));
  const user = db.prepare(upsert('users', ['email']));
  const flow = db.prepare(upsert('flows', []));
  const pruneHubs = db.prepare(prune('hubs'));
  const pruneUsers = db.prepare(prune('users'));
  const pruneFlows = db.prepare(prune('flows'));
  const dropTokens = db.prepare('DELETE FROM tokens WHERE organization_id = ?');
  const token = db.prepare(
    `INSERT INTO tokens (hash, organization_id, user_id) VALUES (?, ?, ?)
     ON CONFLICT (hash) DO UPDATE SET organization_id = excluded.organization_id, user_id = excluded.user_id`,
  );

  return db.transaction((o: SeedOrganization) => {
    const now = recordTime(new Date());
    const base = { organization_id: o._id, created_time: now, updated_time: now };
    org.run(o._id, o.name, now);
    for (const h of o.hubs) hub.run({ ...base, _id: h._id, name: h.name, doc: JSON.stringify(h) });
    for (const u of o.users) {
      const { tokens: _tokens, ...doc } = u;
      user.run({ ...base, _id: u._id, name: u.name, email: u.email, doc: JSON.stringify(doc) });
    }
    for (const f of o.flows) flow.run({ ...base, _id: f._id, name: f.name, doc: JSON.stringify(f) });
    pruneHubs.run(o._id, JSON.stringify(o.hubs.map((h) => h._id)));
    pruneUsers.run(o._id, JSON.stringify(o.users.map((u) => u._id)));
    pruneFlows.run(o._id, JSON.stringify(o.flows.map((f) => f._id)));
    dropTokens.run(o._id);
    for (const u of o.users) for (const t of u.tokens ?? []) token.run(sha256(t), o._id, u._id);
  });
}

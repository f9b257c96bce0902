// Loading an organisation file: upsert by _id, then remove what the file no longer lists, all in one
// transaction, so loading the same file twice changes nothing (docs/decisions/015).
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Engine } from './engine';
import type { DB } from './schema';
import type { SeedOrganization } from './types';
import { recordTime } from './time';

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

type Named = 'hubs' | 'users' | 'flows';

// updated_time moves only when the stored document really changed.
async function upsert(
  trx: Transaction<DB>,
  table: Named,
  rows: {
    organization_id: string;
    _id: string;
    name: string;
    email?: string;
    doc: string;
    created_time: string;
    updated_time: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto(table)
    .values(rows as never)
    .onConflict((oc) =>
      oc.columns(['organization_id', '_id']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        doc: eb.ref('excluded.doc'),
        ...(table === 'users' ? { email: sql<string>`excluded.email` } : {}),
        updated_time: sql<string>`CASE WHEN ${sql.ref(`${table}.doc`)} = excluded.doc
          THEN ${sql.ref(`${table}.updated_time`)} ELSE excluded.updated_time END`,
      })),
    )
    .execute();
}

async function prune(trx: Transaction<DB>, table: Named, organizationId: string, keep: string[]) {
  let q = trx.deleteFrom(table).where('organization_id', '=', organizationId);
  if (keep.length > 0) q = q.where('_id', 'not in', keep);
  await q.execute();
}

/**
 * Removes every organisation the file no longer lists, with its hubs, users, flows and tokens
 * (docs/decisions/051). Its tasks stay, unreachable without a token, and come back with it.
 * Returns the names of the organisations removed.
 */
export function organizationPruner(engine: Engine): (keep: readonly string[]) => Promise<string[]> {
  return (keep) =>
    engine.db.transaction().execute(async (trx) => {
      await engine.lock(trx, 'organizations');
      let q = trx.selectFrom('organizations').select(['_id', 'name']);
      if (keep.length > 0) q = q.where('_id', 'not in', keep);
      const removed = await q.execute();
      for (const o of removed) {
        for (const t of ['tokens', 'users', 'hubs', 'flows'] as const)
          await trx.deleteFrom(t).where('organization_id', '=', o._id).execute();
        await trx.deleteFrom('organizations').where('_id', '=', o._id).execute();
      }
      return removed.map((o) => o.name);
    });
}

export function organizationWriter(engine: Engine): (org: SeedOrganization) => Promise<void> {
  // Several servers loading the same file at start take turns: the tokens are dropped and written again.
  return (o) =>
    engine.db.transaction().execute(async (trx) => {
      await engine.lock(trx, 'organizations');
      const now = recordTime(new Date());
      const base = { organization_id: o._id, created_time: now, updated_time: now };
      await trx
        .insertInto('organizations')
        .values({ _id: o._id, name: o.name, updated_time: now })
        .onConflict((oc) => oc.column('_id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
        .execute();
      await upsert(
        trx,
        'hubs',
        o.hubs.map((h) => ({ ...base, _id: h._id, name: h.name, doc: JSON.stringify(h) })),
      );
      await upsert(
        trx,
        'users',
        o.users.map((u) => {
          const { tokens: _tokens, ...doc } = u;
          return { ...base, _id: u._id, name: u.name, email: u.email, doc: JSON.stringify(doc) };
        }),
      );
      await upsert(
        trx,
        'flows',
        o.flows.map((f) => ({ ...base, _id: f._id, name: f.name, doc: JSON.stringify(f) })),
      );
      await prune(
        trx,
        'hubs',
        o._id,
        o.hubs.map((h) => h._id),
      );
      await prune(
        trx,
        'users',
        o._id,
        o.users.map((u) => u._id),
      );
      await prune(
        trx,
        'flows',
        o._id,
        o.flows.map((f) => f._id),
      );
      await trx.deleteFrom('tokens').where('organization_id', '=', o._id).execute();
      // One row per token (the last user naming it wins): PostgreSQL refuses an upsert that meets the
      // same key twice in one statement.
      const byHash = new Map<string, { hash: Buffer; organization_id: string; user_id: string }>();
      for (const u of o.users)
        for (const t of u.tokens ?? []) {
          const hash = sha256(t);
          byHash.set(hash.toString('hex'), { hash, organization_id: o._id, user_id: u._id });
        }
      const tokens = [...byHash.values()];
      if (tokens.length > 0)
        await trx
          .insertInto('tokens')
          .values(tokens)
          .onConflict((oc) =>
            oc.column('hash').doUpdateSet((eb) => ({
              organization_id: eb.ref('excluded.organization_id'),
              user_id: eb.ref('excluded.user_id'),
            })),
          )
          .execute();
    });
}

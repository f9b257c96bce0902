// Import presets (docs/decisions/043-import-presets-api.md): the whole preset as JSON, found by its
// organisation, flow and name.
import type Database from 'better-sqlite3';
import type { ImportConfigDoc } from './types';

interface Row {
  doc: string;
}

export function importConfigRows(db: Database.Database) {
  const byName = db.prepare<[string, string, string, string], Row>(
    `SELECT doc FROM import_configs
     WHERE organization_id = ? AND reference_type = ? AND reference_id = ? AND name = ?`,
  );
  const count = db.prepare<[string, string, string], { n: number }>(
    `SELECT COUNT(*) AS n FROM import_configs
     WHERE organization_id = ? AND reference_type = ? AND reference_id = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO import_configs (organization_id, _id, reference_type, reference_id, name, doc, updated_ms)
     VALUES (@organizationId, @_id, @referenceType, @referenceId, @name, @doc, @updatedMs)
     ON CONFLICT (organization_id, reference_type, reference_id, name)
     DO UPDATE SET doc = excluded.doc, updated_ms = excluded.updated_ms`,
  );
  const newest = db.prepare<[string, string, string, number], Row>(
    `SELECT doc FROM import_configs
     WHERE organization_id = ? AND reference_type = ? AND reference_id = ?
     ORDER BY updated_ms DESC, rowid DESC LIMIT ?`,
  );

  // One transaction: the look-up of an earlier preset, the count and the write see the same rows.
  const save = db.transaction((doc: ImportConfigDoc, max: number): ImportConfigDoc | undefined => {
    const { organizationId, referenceType, referenceId, name } = doc;
    const prior = byName.get(organizationId, referenceType, referenceId, name);
    if (prior === undefined && count.get(organizationId, referenceType, referenceId)!.n >= max)
      return undefined;
    const earlier = prior === undefined ? undefined : (JSON.parse(prior.doc) as ImportConfigDoc);
    const stored: ImportConfigDoc = earlier
      ? { ...doc, _id: earlier._id, createdTime: earlier.createdTime }
      : doc;
    upsert.run({
      organizationId,
      _id: stored._id,
      referenceType,
      referenceId,
      name,
      doc: JSON.stringify(stored),
      updatedMs: Date.parse(stored.updatedTime),
    });
    return stored;
  });

  return {
    save: (doc: ImportConfigDoc, max: number) => save.immediate(doc, max),
    list(
      organizationId: string,
      referenceType: string,
      referenceId: string,
      limit: number,
    ): ImportConfigDoc[] {
      return newest
        .all(organizationId, referenceType, referenceId, limit)
        .map((r) => JSON.parse(r.doc) as ImportConfigDoc);
    },
  };
}

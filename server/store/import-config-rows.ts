// Import presets (docs/decisions/043-import-presets-api.md): the whole preset as JSON, found by its
// organisation, flow and name.
import type { Engine } from './engine';
import type { ImportConfigDoc } from './types';

export function importConfigRows(engine: Engine) {
  const { db } = engine;
  return {
    // One transaction, under the reference's lock: the look-up of an earlier preset, the count and the
    // write see the same rows.
    save: (doc: ImportConfigDoc, max: number): Promise<ImportConfigDoc | undefined> =>
      db.transaction().execute(async (trx) => {
        const { organizationId, referenceType, referenceId, name } = doc;
        await engine.lock(trx, `import-config\n${organizationId}\n${referenceType}\n${referenceId}`);
        const ofReference = trx
          .selectFrom('import_configs')
          .where('organization_id', '=', organizationId)
          .where('reference_type', '=', referenceType)
          .where('reference_id', '=', referenceId);
        const prior = await ofReference.select('doc').where('name', '=', name).executeTakeFirst();
        if (prior === undefined) {
          const { n } = await ofReference
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          if (Number(n) >= max) return undefined;
        }
        const earlier = prior === undefined ? undefined : (JSON.parse(prior.doc) as ImportConfigDoc);
        const stored: ImportConfigDoc = earlier
          ? { ...doc, _id: earlier._id, createdTime: earlier.createdTime }
          : doc;
        await trx
          .insertInto('import_configs')
          .values({
            organization_id: organizationId,
            _id: stored._id,
            reference_type: referenceType,
            reference_id: referenceId,
            name,
            doc: JSON.stringify(stored),
            updated_ms: Date.parse(stored.updatedTime),
          })
          .onConflict((oc) =>
            oc
              .columns(['organization_id', 'reference_type', 'reference_id', 'name'])
              .doUpdateSet((eb) => ({
                doc: eb.ref('excluded.doc'),
                updated_ms: eb.ref('excluded.updated_ms'),
              })),
          )
          .execute();
        return stored;
      }),
    async list(
      organizationId: string,
      referenceType: string,
      referenceId: string,
      limit: number,
    ): Promise<ImportConfigDoc[]> {
      const rows = await db
        .selectFrom('import_configs')
        .select('doc')
        .where('organization_id', '=', organizationId)
        .where('reference_type', '=', referenceType)
        .where('reference_id', '=', referenceId)
        .orderBy('updated_ms', 'desc')
        .orderBy('rowid', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => JSON.parse(r.doc) as ImportConfigDoc);
    },
  };
}

// Import presets (docs/decisions/043-import-presets-api.md): save a flow's column mapping, list them.
import { createImportConfig, LIMITS, listImportConfigs } from '../contracts/import-config';
import type { ContractApp } from '../contracts/provider';
import { failure, sendFailure } from '../http/envelope';
import { recordTime } from '../store/time';
import { newObjectId } from '../tasks/object-id';
import type { RouteDeps } from './deps';

export function importConfigRoutes(app: ContractApp, { store, now }: RouteDeps): void {
  app.post('/import-config', { schema: createImportConfig }, async (request, reply) => {
    const at = now();
    const time = recordTime(at);
    const { name, referenceType, referenceId, fields } = request.body;
    const stored = await store.saveImportConfig(
      {
        _id: newObjectId(at),
        organizationId: request.auth.organizationId,
        name,
        referenceType,
        referenceId,
        fields,
        createdBy: request.auth.name,
        createdTime: time,
        updatedTime: time,
      },
      LIMITS.perReference,
    );
    if (stored === undefined) {
      const message = `A flow keeps at most ${LIMITS.perReference} import configs: save under an existing name to replace one.`;
      return sendFailure(reply, 400, failure(message, 'import-040', { name: [message] }));
    }
    return reply
      .code(201)
      .send({ status: true as const, message: 'Import config has been saved', data: stored });
  });

  app.get('/import-config', { schema: listImportConfigs }, async (request) => {
    const { referenceType, referenceId, limit } = request.query;
    const data = await store.listImportConfigs(
      request.auth.organizationId,
      referenceType,
      referenceId!,
      limit,
    );
    return { status: true as const, message: 'Success', data };
  });
}

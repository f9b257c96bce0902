// Flows (docs/mileapp-api.md §4, §5): the organisation's flows in MileApp's own object shape.
import { RESERVED_KEYS } from '../../src/flow/reserved';
import { getFlow, getFlowExample, getFlowFields, listFlows } from '../contracts/flows';
import type { ContractApp } from '../contracts/provider';
import { flowExample } from '../flows/example-body';
import { NOT_FOUND, sendFailure } from '../http/envelope';
import { userHubs } from '../http/access';
import { pickFields } from '../http/fields';
import { paginate } from '../http/paginator';
import { sortByKey } from '../http/sort';
import type { RouteDeps } from './deps';

export function flowRoutes(app: ContractApp, { store, now }: RouteDeps): void {
  const dirOf = (orgId: string) => store.directory(orgId);

  app.get('/flows', { schema: listFlows }, async (request) => {
    const { page, limit, sort_by, sort_order, fields } = request.query;
    const all = sortByKey(
      (await dirOf(request.auth.organizationId)).flows.map((f) => f.doc),
      sort_by ?? 'orderIndex',
      sort_order,
    );
    const data = all.slice((page - 1) * limit, page * limit).map((d) => pickFields(d, fields));
    return {
      status: true as const,
      message: 'Success',
      flows: paginate(request, data, page, limit, all.length),
    };
  });

  app.get('/flow/:flowId', { schema: getFlow }, async (request, reply) => {
    const flow = (await dirOf(request.auth.organizationId)).flowsById.get(request.params.flowId);
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    return { status: true as const, message: 'Success', flow: flow.doc };
  });

  app.get('/flow/:flowName/task', { schema: getFlowExample }, async (request, reply) => {
    const dir = await dirOf(request.auth.organizationId);
    const flow = dir.flowsByName.get(request.params.flowName);
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    const mine = userHubs(request.auth, dir);
    const hub = dir.hubs.find((h) => mine.has(h._id));
    return { status: true as const, message: 'Success.', data: flowExample(flow, hub, now()) };
  });

  // Every component of every page, flattened (docs/mileapp-api.md §5.5).
  app.get('/flow/:flowName/fields', { schema: getFlowFields }, async (request, reply) => {
    const flow = (await dirOf(request.auth.organizationId)).flowsByName.get(request.params.flowName);
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    const pages = Array.isArray(flow.doc.pages) ? (flow.doc.pages as unknown[]) : [];
    const flowFields = pages.flatMap((p) =>
      typeof p === 'object' && p !== null && Array.isArray((p as { components?: unknown }).components)
        ? (p as { components: unknown[] }).components
        : [],
    );
    return {
      status: true as const,
      message: 'Success',
      flowFields,
      reservedKey: [...RESERVED_KEYS],
      is_cache: false,
    };
  });
}

// Flows (mileapp-api.md §4, §5): the organisation's flows in MileApp's own object shape.
import type { FastifyInstance } from 'fastify';
import { RESERVED_KEYS } from '../../src/flow/reserved';
import { flowExample } from '../flows/example-body';
import { NOT_FOUND, sendFailure } from '../http/envelope';
import { paginate } from '../http/paginator';
import { enumParam, intParam, listParam, param, type Query } from '../http/query';
import { pickFields } from '../http/fields';
import { sortByKey } from '../http/sort';
import type { RouteDeps } from './deps';

type Params = { flowId?: string; flowName?: string };

export function flowRoutes(app: FastifyInstance, { store, now }: RouteDeps): void {
  const dirOf = (orgId: string) => store.directory(orgId);

  app.get('/flows', async (request) => {
    const q = request.query as Query;
    const page = intParam(q, 'page', { module: 'flow', min: 1, max: 1_000_000, fallback: 1 });
    const limit = intParam(q, 'limit', { module: 'flow', min: 1, max: 1000, fallback: 20 });
    const sortBy = param(q, 'sort_by') ?? 'orderIndex';
    const sortOrder = enumParam(q, 'sort_order', ['asc', 'desc'], {
      module: 'flow',
      fallback: 'desc',
      caseInsensitive: true,
    });
    const fields = listParam(q, 'fields');
    const all = sortByKey(
      dirOf(request.auth.organizationId).flows.map((f) => f.doc),
      sortBy,
      sortOrder,
    );
    const data = all.slice((page - 1) * limit, page * limit).map((d) => pickFields(d, fields));
    return { status: true, message: 'Success', flows: paginate(request, data, page, limit, all.length) };
  });

  app.get<{ Params: Params }>('/flow/:flowId', async (request, reply) => {
    const flow = dirOf(request.auth.organizationId).flowsById.get(request.params.flowId ?? '');
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    return { status: true, message: 'Success', flow: flow.doc };
  });

  app.get<{ Params: Params }>('/flow/:flowName/task', async (request, reply) => {
    const dir = dirOf(request.auth.organizationId);
    const flow = dir.flowsByName.get(request.params.flowName ?? '');
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    return { status: true, message: 'Success.', data: flowExample(flow, dir.hubs[0], now()) };
  });

  // Every component of every page, flattened (mileapp-api.md §5.5).
  app.get<{ Params: Params }>('/flow/:flowName/fields', async (request, reply) => {
    const flow = dirOf(request.auth.organizationId).flowsByName.get(request.params.flowName ?? '');
    if (flow === undefined) return sendFailure(reply, 404, NOT_FOUND('flow'));
    const pages = Array.isArray(flow.doc.pages) ? (flow.doc.pages as unknown[]) : [];
    const flowFields = pages.flatMap((p) =>
      typeof p === 'object' && p !== null && Array.isArray((p as { components?: unknown }).components)
        ? (p as { components: unknown[] }).components
        : [],
    );
    return { status: true, message: 'Success', flowFields, reservedKey: [...RESERVED_KEYS], is_cache: false };
  });
}

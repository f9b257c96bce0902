// GET /hubs (mileapp-api.md §8.1): `{data:[…], status:true}`, not paginated in MileApp's example, but
// `page`/`limit` (default 20) apply as documented.
import type { FastifyInstance } from 'fastify';
import { enumParam, intParam, listParam, param, type Query } from '../http/query';
import { pickFields } from '../http/fields';
import { sortByKey } from '../http/sort';
import type { HubRecord } from '../store/types';
import type { RouteDeps } from './deps';

export function hubDoc(h: HubRecord): Record<string, unknown> {
  return {
    _id: h._id,
    name: h.name,
    address: h.address,
    lat: h.lat,
    lng: h.lng,
    ...h.extra,
    organizationId: h.organizationId,
    updatedTime: h.updatedTime,
    createdTime: h.createdTime,
    // There is no DELETE /hub here.
    deleteAccess: false,
  };
}

export function hubRoutes(app: FastifyInstance, { store }: RouteDeps): void {
  app.get('/hubs', async (request) => {
    const q = request.query as Query;
    const page = intParam(q, 'page', { module: 'hub', min: 1, max: 1_000_000, fallback: 1 });
    const limit = intParam(q, 'limit', { module: 'hub', min: 1, max: 1000, fallback: 20 });
    const sortBy = param(q, 'sortBy') ?? 'name';
    const sortOrder = enumParam(q, 'sortOrder', ['asc', 'desc'], {
      module: 'hub',
      fallback: 'asc',
      caseInsensitive: true,
    });
    const name = param(q, 'name')?.toLowerCase();
    const search = param(q, 'q')?.toLowerCase();
    const fields = listParam(q, 'fields');
    const hubs = store
      .directory(request.auth.organizationId)
      .hubs.filter((h) => name === undefined || h.name.toLowerCase() === name)
      .filter((h) => search === undefined || h.name.toLowerCase().includes(search));
    const data = sortByKey(hubs.map(hubDoc), sortBy, sortOrder)
      .slice((page - 1) * limit, page * limit)
      .map((d) => pickFields(d, fields));
    return { data, status: true };
  });
}

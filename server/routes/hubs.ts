// GET /hubs (docs/mileapp-api.md §8.1): `{data:[…], status:true}`, not paginated in MileApp's example,
// but `page`/`limit` (default 20) apply as documented.
import { listHubs } from '../contracts/hubs';
import type { ContractApp } from '../contracts/provider';
import { userHubs } from '../http/access';
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

export function hubRoutes(app: ContractApp, { store }: RouteDeps): void {
  app.get('/hubs', { schema: listHubs }, async (request) => {
    const { page, limit, sortBy, sortOrder, fields } = request.query;
    const name = request.query.name?.toLowerCase();
    const search = request.query.q?.toLowerCase();
    const dir = await store.directory(request.auth.organizationId);
    const mine = userHubs(request.auth, dir);
    const hubs = dir.hubs
      .filter((h) => mine.has(h._id))
      .filter((h) => name === undefined || h.name.toLowerCase() === name)
      .filter((h) => search === undefined || h.name.toLowerCase().includes(search));
    const data = sortByKey(hubs.map(hubDoc), sortBy ?? 'name', sortOrder)
      .slice((page - 1) * limit, page * limit)
      .map((d) => pickFields(d, fields));
    return { data, status: true as const };
  });
}

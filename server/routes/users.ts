// GET /users (mileapp-api.md §8.2): `{data:[…], status:true}`. Tokens never leave the store.
import type { FastifyInstance } from 'fastify';
import { intParam, listParam, param, type Query } from '../http/query';
import { pickFields } from '../http/fields';
import type { UserRecord } from '../store/types';
import type { RouteDeps } from './deps';

function userDoc(u: UserRecord): Record<string, unknown> {
  return {
    _id: u._id,
    name: u.name,
    email: u.email,
    status: u.status,
    isFieldUser: u.role === 'field' ? 1 : 0,
    hubId: u.hubId,
    role: { name: u.role, isAdmin: false },
    organizationId: u.organizationId,
    phoneNumber: u.phoneNumber,
    updatedTime: u.updatedTime,
    createdTime: u.createdTime,
  };
}

export function userRoutes(app: FastifyInstance, { store }: RouteDeps): void {
  app.get('/users', async (request) => {
    const q = request.query as Query;
    const page = intParam(q, 'page', { module: 'user', min: 1, max: 1_000_000, fallback: 1 });
    // Not documented for this call: default to everything a picker needs.
    const limit = intParam(q, 'limit', { module: 'user', min: 1, max: 1000, fallback: 1000 });
    const hubId = param(q, 'hubId');
    const status = param(q, 'status')?.toLowerCase();
    const search = param(q, 'q')?.toLowerCase();
    const fields = listParam(q, 'fields');
    const users = store
      .directory(request.auth.organizationId)
      .users.filter((u) => hubId === undefined || u.hubId.includes(hubId))
      .filter((u) => status === undefined || u.status === status)
      .filter(
        (u) =>
          search === undefined ||
          u.name.toLowerCase().includes(search) ||
          u.email.toLowerCase().includes(search),
      );
    const data = users.slice((page - 1) * limit, page * limit).map((u) => pickFields(userDoc(u), fields));
    return { data, status: true };
  });
}

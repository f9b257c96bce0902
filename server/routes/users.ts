// GET /users (docs/mileapp-api.md §8.2): `{data:[…], status:true}`. Tokens never leave the store.
import type { ContractApp } from '../contracts/provider';
import { listUsers } from '../contracts/users';
import { userHubs } from '../http/access';
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

export function userRoutes(app: ContractApp, { store }: RouteDeps): void {
  app.get('/users', { schema: listUsers }, async (request) => {
    const { page, limit, hubId, fields } = request.query;
    const status = request.query.status?.toLowerCase();
    const search = request.query.q?.toLowerCase();
    const dir = await store.directory(request.auth.organizationId);
    const mine = userHubs(request.auth, dir);
    // Users who share a hub with the caller: the people a task at one of the caller's hubs may go to.
    const users = dir.users
      .filter((u) => u._id === request.auth.userId || u.hubId.some((h) => mine.has(h)))
      .filter((u) => hubId === undefined || u.hubId.includes(hubId))
      .filter((u) => status === undefined || u.status === status)
      .filter(
        (u) =>
          search === undefined ||
          u.name.toLowerCase().includes(search) ||
          u.email.toLowerCase().includes(search),
      );
    const data = users.slice((page - 1) * limit, page * limit).map((u) => pickFields(userDoc(u), fields));
    return { data, status: true as const };
  });
}

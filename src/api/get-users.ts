import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { savedListQuery } from './saved-lists';

export interface User {
  _id: string;
  name: string;
  email: string;
  status?: string;
  hubId?: string[];
}

function isUser(u: unknown): u is User {
  return typeof u === 'object' && u !== null && typeof (u as User).email === 'string';
}

/** Active users of a hub: GET /users?hubId=…&status=active. MileApp documents both a list and a single object. */
export async function getUsers(conn: Connection, hubId: string, signal?: AbortSignal): Promise<User[]> {
  const query = new URLSearchParams({ hubId, status: 'active', limit: '1000' });
  const res = await apiFetch<{ data?: unknown }>(conn, `/users?${query}`, { signal });
  const list = Array.isArray(res.data) ? res.data : res.data === undefined ? [] : [res.data];
  return list
    .filter(isUser)
    .map((u) => ({ ...u, name: typeof u.name === 'string' && u.name ? u.name : u.email }));
}

export const usersQueryOptions = (conn: Connection | null, hubId: string | null) =>
  queryOptions({
    queryKey: ['users', conn?.baseUrl ?? null, hubId],
    // offline: the users of this hub last saved on this device for this account (decision 025)
    ...savedListQuery({
      conn,
      name: `users.${hubId ?? ''}`,
      load: (c, signal) => getUsers(c, hubId ?? '', signal),
      read: (users) => users,
      staleMs: 60_000,
    }),
    enabled: conn !== null && !!hubId,
  });

/** No call while `hubId` is null or empty. */
export function useUsers(hubId: string | null) {
  const { connection } = useConnection();
  return useQuery(usersQueryOptions(connection, hubId));
}

/** Every active user of the organisation, each with its hubs: what an import checks assignees against. */
export async function getActiveUsers(conn: Connection, signal?: AbortSignal): Promise<User[]> {
  const res = await apiFetch<{ data?: unknown }>(conn, '/users?status=active&limit=1000', { signal });
  const list = Array.isArray(res.data) ? res.data : [];
  return list
    .filter(isUser)
    .map((u) => ({ ...u, name: typeof u.name === 'string' && u.name ? u.name : u.email }));
}

export const activeUsersQueryOptions = (conn: Connection | null) =>
  queryOptions({
    queryKey: ['users', conn?.baseUrl ?? null, '*active'],
    queryFn: ({ signal }) => (conn ? getActiveUsers(conn, signal) : Promise.resolve([])),
    enabled: conn !== null,
    staleTime: 60_000,
  });

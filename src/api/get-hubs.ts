import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { savedListQuery } from './saved-lists';

export interface Hub {
  _id: string;
  name: string;
  address?: string;
  lat?: number;
  lng?: number;
}

/** GET /hubs (MileApp answers `{ data: [...] }`, not paginated). Entries without an id are dropped. */
export async function getHubs(conn: Connection, signal?: AbortSignal): Promise<Hub[]> {
  const res = await apiFetch<{ data?: unknown }>(conn, '/hubs?limit=1000', { signal });
  const list = Array.isArray(res.data) ? res.data : [];
  return list
    .filter((h): h is Hub => typeof h === 'object' && h !== null && typeof (h as Hub)._id === 'string')
    .map((h) => ({ ...h, name: typeof h.name === 'string' && h.name !== '' ? h.name : h._id }));
}

export const hubsQueryOptions = (conn: Connection | null) =>
  queryOptions({
    queryKey: ['hubs', conn?.baseUrl ?? null],
    // offline: the hubs last saved on this device for this account (decision 025)
    ...savedListQuery({ conn, name: 'hubs', load: getHubs, read: (hubs) => hubs, staleMs: 5 * 60_000 }),
    enabled: conn !== null,
  });

export function useHubs() {
  const { connection } = useConnection();
  return useQuery(hubsQueryOptions(connection));
}

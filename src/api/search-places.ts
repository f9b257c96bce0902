import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { placesConnection, readPlace, type Place } from './places';

/** GET /api/places/search?q=&limit= → the places matching `q`, best first. */
export async function searchPlaces(conn: Connection, q: string, signal?: AbortSignal): Promise<Place[]> {
  const path = `/search?q=${encodeURIComponent(q)}&limit=8`;
  const res = await apiFetch<{ data?: unknown }>(placesConnection(conn), path, { signal, timeoutMs: 10_000 });
  const list = Array.isArray(res.data) ? res.data : [];
  return list.map(readPlace).filter((p): p is Place => p !== null);
}

export const placeSearchQueryOptions = (conn: Connection | null, q: string) =>
  queryOptions({
    queryKey: ['place-search', conn?.baseUrl ?? null, q],
    // TanStack aborts the signal when the text changes first: a stale search is cancelled, not awaited.
    queryFn: ({ signal }) => (conn ? searchPlaces(conn, q, signal) : Promise.resolve([])),
    enabled: conn !== null && q !== '',
    staleTime: 5 * 60_000,
    // a geocoder that failed says why at once; the person can press Search again
    retry: false,
  });

/** The places for `q` ('' asks for nothing); keeps the last list on show while the next one comes. */
export function usePlaceSearch(q: string) {
  const { connection } = useConnection();
  return useQuery({ ...placeSearchQueryOptions(connection, q), placeholderData: keepPreviousData });
}

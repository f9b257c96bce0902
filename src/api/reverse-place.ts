import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LatLng } from '../flow/coordinates';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { placesConnection, readPlace, type Place } from './places';

/** GET /api/places/reverse?lat=&lng= → the known place nearest the point, or null. */
export async function reversePlace(
  conn: Connection,
  at: LatLng,
  signal?: AbortSignal,
): Promise<Place | null> {
  const path = `/reverse?lat=${at.lat}&lng=${at.lng}`;
  const res = await apiFetch<{ data?: unknown }>(placesConnection(conn), path, { signal, timeoutMs: 10_000 });
  return readPlace(res.data);
}

export const reversePlaceQueryOptions = (conn: Connection | null, at: LatLng | null) =>
  queryOptions({
    queryKey: ['place-reverse', conn?.baseUrl ?? null, at?.lat ?? null, at?.lng ?? null],
    queryFn: ({ signal }) => (conn && at ? reversePlace(conn, at, signal) : Promise.resolve(null)),
    enabled: conn !== null && at !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });

/** The place at `at` (null asks for nothing). */
export function useReversePlace(at: LatLng | null) {
  const { connection } = useConnection();
  return useQuery(reversePlaceQueryOptions(connection, at));
}

import { useMutation } from '@tanstack/react-query';
import type { LatLng } from '../flow/coordinates';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { placesConnection } from './places';

export interface ResolvedLink extends LatLng {
  /** where the link landed after its redirects */
  url: string;
}

/**
 * GET /api/places/link?url= → where a shared map link (maps.app.goo.gl/…) lands and its coordinates. The
 * server follows it, only to known map hosts; its refusals (place-020/021/022) carry the message to show.
 */
export async function resolveMapLink(conn: Connection, url: string): Promise<ResolvedLink> {
  const path = `/link?url=${encodeURIComponent(url)}`;
  const res = await apiFetch<{ data?: Partial<ResolvedLink> }>(placesConnection(conn), path, {
    timeoutMs: 15_000,
  });
  const d = res.data;
  if (typeof d?.lat !== 'number' || typeof d.lng !== 'number')
    throw new Error('The link has no coordinates.');
  return { url: typeof d.url === 'string' ? d.url : url, lat: d.lat, lng: d.lng };
}

export function useResolveMapLink() {
  const { connection } = useConnection();
  return useMutation({
    mutationKey: ['resolve-map-link'],
    mutationFn: (url: string) => {
      if (!connection) throw new Error('Not connected.');
      return resolveMapLink(connection, url);
    },
  });
}

// The places routes as the import's geocoding uses them (decision 053, 059): the server's provider
// settings and a search by text. They live beside /api/v3 on our server (`/api/places`), not inside it.
import type { GeoPlace } from '../flow/import/geocode';
import { trimBaseUrl } from './base-url';
import type { Connection } from './connection';
import { apiFetch, isApiError } from './http';

export interface PlacesSettings {
  provider: 'builtin' | 'nominatim' | 'photon' | 'pelias' | 'none';
  /** false: the provider forbids searching per key stroke, and allows about one request a second */
  typeAhead: boolean;
}

const PROVIDERS = new Set(['builtin', 'nominatim', 'photon', 'pelias', 'none']);
const PRECISIONS = new Set(['exact', 'street', 'area', 'city']);

/** The places API of a connection: `…/api/v3` → `…/api/places`. */
function placesConnection(conn: Connection): Connection {
  const base = trimBaseUrl(conn.baseUrl);
  return { ...conn, baseUrl: base.replace(/\/v3$/, '') + '/places' };
}

/** GET /api/places/settings; a server without the route (404) runs the built-in geocoder. */
export async function getPlacesSettings(conn: Connection, signal?: AbortSignal): Promise<PlacesSettings> {
  try {
    const res = await apiFetch<{ data?: Record<string, unknown> }>(placesConnection(conn), '/settings', {
      signal,
    });
    const provider = res.data?.provider;
    return {
      provider:
        typeof provider === 'string' && PROVIDERS.has(provider)
          ? (provider as PlacesSettings['provider'])
          : 'builtin',
      typeAhead: res.data?.typeAhead !== false,
    };
  } catch (e) {
    if (isApiError(e) && e.status === 404) return { provider: 'builtin', typeAhead: true };
    throw e;
  }
}

function readPlace(raw: unknown): GeoPlace | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const { name, address, lat, lng, precision, source } = r;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng))
    return null;
  return {
    name: typeof name === 'string' ? name : '',
    address: typeof address === 'string' ? address : '',
    lat,
    lng,
    precision:
      typeof precision === 'string' && PRECISIONS.has(precision)
        ? (precision as GeoPlace['precision'])
        : 'area',
    source: typeof source === 'string' ? source : '',
  };
}

/** GET /api/places/search?q=&limit=: the places matching `q`, best first. */
export async function geocodeSearch(
  conn: Connection,
  q: string,
  limit: number,
  signal?: AbortSignal,
): Promise<GeoPlace[]> {
  const query = new URLSearchParams({ q, limit: String(limit) });
  const res = await apiFetch<{ data?: unknown }>(placesConnection(conn), `/search?${query}`, { signal });
  return Array.isArray(res.data) ? res.data.flatMap((p) => readPlace(p) ?? []) : [];
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConnection, type Connection } from './connection';
import { apiFetch, isApiError } from './http';
import { placesConnection } from './places';

export type GeocoderName = 'builtin' | 'nominatim' | 'photon' | 'pelias' | 'none';

export interface PlaceSettings {
  provider: GeocoderName;
  /** false: search only when asked (Enter, the Search button), never per key stroke */
  typeAhead: boolean;
}

const PROVIDERS: readonly GeocoderName[] = ['builtin', 'nominatim', 'photon', 'pelias', 'none'];
/** A server from before the settings route has the built-in index only (decision 057). */
const BUILT_IN: PlaceSettings = { provider: 'builtin', typeAhead: true };

/** GET /api/places/settings → which geocoder the server uses and whether it allows type-ahead. */
export async function getPlaceSettings(conn: Connection, signal?: AbortSignal): Promise<PlaceSettings> {
  try {
    const res = await apiFetch<{ data?: Partial<PlaceSettings> }>(placesConnection(conn), '/settings', {
      signal,
      timeoutMs: 10_000,
    });
    const provider = PROVIDERS.find((p) => p === res.data?.provider) ?? 'builtin';
    return { provider, typeAhead: provider !== 'none' && res.data?.typeAhead !== false };
  } catch (e) {
    if (isApiError(e) && e.status === 404) return BUILT_IN;
    throw e;
  }
}

export const placeSettingsQueryOptions = (conn: Connection | null) =>
  queryOptions({
    queryKey: ['place-settings', conn?.baseUrl ?? null],
    queryFn: ({ signal }) => (conn ? getPlaceSettings(conn, signal) : Promise.resolve(BUILT_IN)),
    enabled: conn !== null,
    staleTime: Infinity,
  });

/** `enabled` false: not asked for (yet), as when only a typed place name needs to know. */
export function usePlaceSettings(enabled = true) {
  const { connection } = useConnection();
  const options = placeSettingsQueryOptions(connection);
  return useQuery({ ...options, enabled: enabled && options.enabled !== false });
}

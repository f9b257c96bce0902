// The configured geocoder (docs/decisions/054): builtin, none, or an external provider whose answers come
// after the organisation's own places (hubs, past tasks), which only this server knows.
import type { GeocoderName } from '../config';
import type { GeocodeCache } from '../store/geocode-cache-rows';
import type { PlaceRows } from '../store/place-rows';
import { builtinGeocoder, noGeocoder } from './builtin';
import { openGate, requestGate } from './gate';
import { nominatim } from './nominatim';
import { pelias } from './pelias';
import { photon } from './photon';
import type { Provider, ProviderSettings } from './provider';
import { remoteGeocoder } from './remote';
import type { Geocoder, Place } from './types';

export interface GeocoderOptions {
  provider: GeocoderName;
  /** the provider's base URL (nominatim, photon, pelias) */
  url?: string;
  /** ISO 3166 alpha-2, lower case */
  country: string;
  userAgent: string;
  timeoutMs: number;
  cacheTtlMs: number;
}

/** What GET /api/places/settings tells the web app. */
export interface PlaceSettings {
  provider: GeocoderName;
  /** false: search only on Enter or a Search button, never per key stroke */
  typeAhead: boolean;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_CACHE_TTL_MS = 30 * 24 * 3600 * 1000;
export const MAX_ANSWER_BYTES = 1024 * 1024;

const PROVIDERS: Readonly<Record<string, (s: ProviderSettings) => Provider>> = { nominatim, photon, pelias };

const key = (p: Place) => `${p.name}\n${p.lat.toFixed(4)},${p.lng.toFixed(4)}`;

export function makeGeocoder(
  o: GeocoderOptions,
  places: PlaceRows,
  cache: GeocodeCache,
  now: () => number = Date.now,
): { geocoder: Geocoder; settings: PlaceSettings } {
  if (o.provider === 'none')
    return { geocoder: noGeocoder, settings: { provider: 'none', typeAhead: false } };
  const builtin = builtinGeocoder(places);
  const make = PROVIDERS[o.provider];
  if (make === undefined || o.url === undefined)
    return { geocoder: builtin, settings: { provider: o.provider, typeAhead: true } };
  const url = o.url.replace(/\/+$/, '');
  const provider = make({ url, country: o.country });
  const remote = remoteGeocoder({
    name: o.provider,
    url,
    country: o.country,
    provider,
    outbound: { userAgent: o.userAgent, timeoutMs: o.timeoutMs, maxBytes: MAX_ANSWER_BYTES },
    cache,
    cacheTtlMs: o.cacheTtlMs,
    gate:
      provider.perSecond > 0
        ? requestGate({ intervalMs: 1000 / provider.perSecond, maxQueue: 5, maxWaitMs: 5000, now })
        : openGate,
    now,
  });
  const geocoder: Geocoder = {
    async search(text, opts) {
      const own = (await builtin.search(text, opts)).filter((p) => p.source !== 'city');
      if (text.trim().length < provider.minLength) return own;
      const found = await remote.search(text.trim());
      const seen = new Set(own.map(key));
      return [...own, ...found.filter((p) => !seen.has(key(p)))].slice(0, opts.limit);
    },
    async reverse(lat, lng, opts) {
      const own = await builtin.reverse(lat, lng, opts);
      return own !== undefined && own.source !== 'city' ? own : remote.reverse(lat, lng);
    },
  };
  return { geocoder, settings: { provider: o.provider, typeAhead: provider.typeAhead } };
}

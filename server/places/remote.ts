// An external provider behind the cache and the rate gate: a question answered before (same provider,
// URL, country and normalised text or point) is answered from the database without a request.
import type { GeocodeCache } from '../store/geocode-cache-rows';
import { words } from './builtin';
import { geocoderTimedOut, geocoderUnreachable, geocoderUnreadable } from './errors';
import type { Gate } from './gate';
import { outboundGet, type OutboundOptions } from './outbound';
import type { Provider } from './provider';
import type { Place } from './types';

/** Asked of the provider every time, whatever the caller's limit, so one cached answer serves any limit. */
export const FETCHED = 20;

export interface RemoteOptions {
  /** names the provider in the cache key */
  name: string;
  url: string;
  country: string;
  provider: Provider;
  outbound: OutboundOptions;
  cache: GeocodeCache;
  cacheTtlMs: number;
  gate: Gate;
  now: () => number;
}

export interface Remote {
  search(text: string): Promise<Place[]>;
  reverse(lat: number, lng: number): Promise<Place | undefined>;
}

export function remoteGeocoder(o: RemoteOptions): Remote {
  const ask = async (question: string, url: string, read: (json: unknown) => Place[]): Promise<Place[]> => {
    const key = `${o.name} ${o.url} ${o.country} ${question}`;
    const kept = await o.cache.get(key, o.now());
    if (Array.isArray(kept)) return kept as Place[];
    const got = await o.gate(() => outboundGet(url, o.outbound));
    if (!got.ok) {
      if (got.reason === 'timeout') throw geocoderTimedOut(o.outbound.timeoutMs);
      throw got.reason === 'too-large' ? geocoderUnreadable() : geocoderUnreachable();
    }
    if (got.status < 200 || got.status > 299) throw geocoderUnreachable();
    let places: Place[];
    try {
      places = read(JSON.parse(got.body));
    } catch {
      throw geocoderUnreadable();
    }
    const t = o.now();
    await o.cache.put(key, places, t + o.cacheTtlMs, t);
    return places;
  };
  return {
    search: (text) =>
      ask(`search ${words(text).join(' ')}`, o.provider.searchUrl(text, FETCHED), (json) =>
        o.provider.readSearch(json).slice(0, FETCHED),
      ),
    async reverse(lat, lng) {
      const [la, ln] = [lat.toFixed(5), lng.toFixed(5)];
      const url = o.provider.reverseUrl(Number(la), Number(ln));
      const found = await ask(`reverse ${la},${ln}`, url, (json) => {
        const p = o.provider.readReverse(json);
        return p === undefined ? [] : [p];
      });
      return found[0];
    },
  };
}

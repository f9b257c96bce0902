// Nominatim (https://nominatim.org/release-docs/latest/api/): /search and /reverse with format=jsonv2.
// Its usage policy for the public server: one request a second, an identifying User-Agent, no
// type-ahead (docs/decisions/054).
import {
  coordinate,
  isRecord,
  place,
  query,
  str,
  UnexpectedAnswer,
  type Provider,
  type ProviderSettings,
} from './provider';
import type { Place, Precision } from './types';

/** place_rank (Nominatim's "search rank"): 30 a house or POI, 26–27 a street, 17–25 a suburb or village. */
function precisionOf(rank: number): Precision {
  if (rank >= 28) return 'exact';
  if (rank >= 26) return 'street';
  if (rank >= 17) return 'area';
  return 'city';
}

function read(r: Record<string, unknown>): Place {
  const display = str(r.display_name);
  const name = str(r.name) || display.split(',')[0]!.trim();
  const rank = typeof r.place_rank === 'number' ? r.place_rank : 30;
  return place(name, display, coordinate(r.lat, 90), coordinate(r.lon, 180), precisionOf(rank));
}

export function nominatim({ url, country }: ProviderSettings): Provider {
  const common = { format: 'jsonv2', 'accept-language': `${country},en` };
  return {
    typeAhead: false,
    minLength: 3,
    perSecond: 1,
    searchUrl: (text, limit) =>
      `${url}/search?${query({ ...common, q: text, limit, countrycodes: country })}`,
    reverseUrl: (lat, lng) => `${url}/reverse?${query({ ...common, lat, lon: lng, zoom: 18 })}`,
    readSearch(json) {
      if (!Array.isArray(json)) throw new UnexpectedAnswer('search');
      return json.filter(isRecord).map(read);
    },
    // Nothing near: {"error":"Unable to geocode"} with status 200.
    readReverse(json) {
      if (!isRecord(json)) throw new UnexpectedAnswer('reverse');
      return json.error !== undefined ? undefined : read(json);
    },
  };
}

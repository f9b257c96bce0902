// Photon (https://github.com/komoot/photon): /api?q= and /reverse answer GeoJSON features whose
// properties carry OSM's parts of an address and a `type` (house, street, locality, district, city, …).
import {
  features,
  place,
  pointOf,
  query,
  str,
  UnexpectedAnswer,
  type Provider,
  type ProviderSettings,
} from './provider';
import type { Place, Precision } from './types';

/** minLon,minLat,maxLon,maxLat: Photon filters by a box, not by a country code. */
const COUNTRY_BOXES: Readonly<Record<string, string>> = { id: '94.7,-11.2,141.1,6.3' };

const PRECISION: Readonly<Record<string, Precision>> = {
  house: 'exact',
  other: 'exact',
  street: 'street',
  locality: 'area',
  district: 'area',
};

function read(f: Record<string, unknown>): Place {
  const p = f.properties;
  if (typeof p !== 'object' || p === null) throw new UnexpectedAnswer('properties');
  const v = p as Record<string, unknown>;
  const street = [str(v.street), str(v.housenumber)].filter((s) => s !== '').join(' ');
  const address = [street, str(v.district), str(v.city), str(v.state), str(v.postcode), str(v.country)]
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i)
    .join(', ');
  const [lat, lng] = pointOf(f);
  return place(str(v.name) || street, address, lat, lng, PRECISION[str(v.type)] ?? 'city');
}

/** Features of another country are dropped when Photon names their country. */
const inCountry = (country: string) => (f: Record<string, unknown>) => {
  const code = str((f.properties as Record<string, unknown> | undefined)?.countrycode).toLowerCase();
  return code === '' || code === country;
};

export function photon({ url, country }: ProviderSettings): Provider {
  const box = COUNTRY_BOXES[country];
  return {
    typeAhead: true,
    minLength: 1,
    perSecond: 0,
    searchUrl: (text, limit) => `${url}/api?${query({ q: text, limit, ...(box ? { bbox: box } : {}) })}`,
    reverseUrl: (lat, lng) => `${url}/reverse?${query({ lat, lon: lng, limit: 1 })}`,
    readSearch: (json) => features(json).filter(inCountry(country)).map(read),
    readReverse: (json) => features(json).map(read)[0],
  };
}

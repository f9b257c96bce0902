// Pelias (https://github.com/pelias/documentation): /v1/autocomplete for type-ahead and /v1/reverse,
// GeoJSON features whose properties carry a `layer` (venue, address, street, neighbourhood, locality, …)
// and a ready `label`.
import { features, place, pointOf, query, str, type Provider, type ProviderSettings } from './provider';
import type { Place, Precision } from './types';

/** Pelias takes alpha-3 (or alpha-2) country codes. */
const ALPHA3: Readonly<Record<string, string>> = { id: 'IDN' };

const PRECISION: Readonly<Record<string, Precision>> = {
  venue: 'exact',
  address: 'exact',
  street: 'street',
  neighbourhood: 'area',
  borough: 'area',
  postalcode: 'area',
  localadmin: 'area',
};

function read(f: Record<string, unknown>): Place {
  const v = (f.properties ?? {}) as Record<string, unknown>;
  const [lat, lng] = pointOf(f);
  return place(str(v.name), str(v.label) || str(v.name), lat, lng, PRECISION[str(v.layer)] ?? 'city');
}

export function pelias({ url, country }: ProviderSettings): Provider {
  const bias = { 'boundary.country': ALPHA3[country] ?? country.toUpperCase() };
  return {
    typeAhead: true,
    minLength: 1,
    perSecond: 0,
    // autocomplete takes no `size` (it answers up to 10): the caller keeps as many as it asked for.
    searchUrl: (text) => `${url}/v1/autocomplete?${query({ text, ...bias })}`,
    reverseUrl: (lat, lng) =>
      `${url}/v1/reverse?${query({ 'point.lat': lat, 'point.lon': lng, size: 1, ...bias })}`,
    readSearch: (json) => features(json).map(read),
    readReverse: (json) => features(json).map(read)[0],
  };
}

// Which Address component a Geolocation component is found from (MileApp's `useGeocode` + `geocodeAs`,
// mileapp-api.md §4), or, when a flow does not say, its only Address beside its only Geolocation.
import type { FieldSpec } from './types';

/** Geolocation id → Address id, for every linked pair of the flow. */
export function addressLinks(fields: readonly FieldSpec[]): Map<string, string> {
  const addresses = fields.filter((f) => f.kind === 'address');
  const locations = fields.filter((f) => f.kind === 'geolocation');
  const links = new Map<string, string>();
  for (const g of locations)
    if (g.geocodeAs !== undefined && addresses.some((a) => a.id === g.geocodeAs))
      links.set(g.id, g.geocodeAs);
  const [onlyAddress] = addresses;
  const [onlyLocation] = locations;
  if (links.size === 0 && addresses.length === 1 && locations.length === 1 && onlyAddress && onlyLocation)
    links.set(onlyLocation.id, onlyAddress.id);
  return links;
}

import { DEFAULT_TILE_URL } from '../../shared/map-tiles';
import type { Translate } from '../../i18n/i18n';

// Map tiles come from a configurable server (VITE_TILE_URL at build time): OpenStreetMap's public tiles
// suit a demo; an organisation with its own tile server or provider key sets its URL (and attribution).
const OSM_LINK = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

function env(name: string): string | undefined {
  const v: unknown = import.meta.env[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export const TILE_URL = env('VITE_TILE_URL') ?? DEFAULT_TILE_URL;
const CUSTOM_ATTRIBUTION = env('VITE_TILE_ATTRIBUTION');

/** The attribution of the tiles (HTML, as Leaflet shows it): OpenStreetMap's in the reader's language. */
export function tileAttribution(t: Translate): string {
  return CUSTOM_ATTRIBUTION ?? t('location.attribution', { osm: OSM_LINK });
}

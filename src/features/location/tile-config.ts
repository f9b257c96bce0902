import { DEFAULT_TILE_URL } from '../../shared/map-tiles';

// Map tiles come from a configurable server (VITE_TILE_URL at build time): OpenStreetMap's public tiles
// suit a demo; an organisation with its own tile server or provider key sets its URL instead.
const DEFAULT_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

function env(name: string): string | undefined {
  const v: unknown = import.meta.env[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export const TILE_URL = env('VITE_TILE_URL') ?? DEFAULT_TILE_URL;
export const TILE_ATTRIBUTION = env('VITE_TILE_ATTRIBUTION') ?? DEFAULT_ATTRIBUTION;

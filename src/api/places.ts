// What the place calls share: the Place answer and where the place routes live. They sit beside the API
// (`…/api/v3` → `…/api/places`), outside MileApp's own routes (decision 053).
import { trimBaseUrl } from './base-url';
import type { Connection } from './connection';

export const PRECISIONS = ['exact', 'street', 'area', 'city'] as const;
export type PlacePrecision = (typeof PRECISIONS)[number];

export interface Place {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: PlacePrecision;
  source: string;
}

/** The same token against the place routes of the server that serves the API. */
export function placesConnection(conn: Connection): Connection {
  const base = trimBaseUrl(conn.baseUrl);
  const places = /\/api\/v3$/.test(base)
    ? base.replace(/\/api\/v3$/, '/api/places')
    : new URL('/api/places', base).href;
  return { ...conn, baseUrl: places };
}

/** Keeps the well-formed entries of an answer: a stray one is dropped, not shown as "undefined". */
export function readPlace(v: unknown): Place | null {
  if (typeof v !== 'object' || v === null) return null;
  const p = v as Record<string, unknown>;
  if (typeof p.name !== 'string' || typeof p.lat !== 'number' || typeof p.lng !== 'number') return null;
  const precision = PRECISIONS.find((x) => x === p.precision) ?? 'area';
  return {
    name: p.name,
    address: typeof p.address === 'string' ? p.address : '',
    lat: p.lat,
    lng: p.lng,
    precision,
    source: typeof p.source === 'string' ? p.source : '',
  };
}

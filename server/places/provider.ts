// What an external geocoder adapter knows: how to ask (URLs with the country bias) and how to read its
// documented answer into places. Requests, the cache and the rate limit are remote.ts's.
import type { Place, Precision } from './types';

export interface ProviderSettings {
  /** the provider's base URL, without a trailing slash */
  url: string;
  /** ISO 3166 alpha-2, lower case */
  country: string;
}

export interface Provider {
  /** whether the provider's terms allow a search per key stroke */
  typeAhead: boolean;
  /** searches shorter than this (in characters) are not sent at all */
  minLength: number;
  /** at most this many requests per second for the whole process; 0 = no limit */
  perSecond: number;
  searchUrl(text: string, limit: number): string;
  reverseUrl(lat: number, lng: number): string;
  /** throws when the answer is not of the documented shape */
  readSearch(json: unknown): Place[];
  readReverse(json: unknown): Place | undefined;
}

export class UnexpectedAnswer extends Error {}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** A coordinate given as a number or (Nominatim) a decimal string. */
export function coordinate(v: unknown, limit: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new UnexpectedAnswer('coordinate');
  return n;
}

export function place(name: string, address: string, lat: number, lng: number, precision: Precision): Place {
  return { name: name || address, address, lat, lng, precision, source: 'geocoder' };
}

export function features(json: unknown): Record<string, unknown>[] {
  if (!isRecord(json) || !Array.isArray(json.features)) throw new UnexpectedAnswer('features');
  return json.features.filter(isRecord);
}

/** GeoJSON point → [lat, lng] */
export function pointOf(feature: Record<string, unknown>): [number, number] {
  const g = feature.geometry;
  if (!isRecord(g) || !Array.isArray(g.coordinates)) throw new UnexpectedAnswer('geometry');
  return [coordinate(g.coordinates[1], 90), coordinate(g.coordinates[0], 180)];
}

export const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

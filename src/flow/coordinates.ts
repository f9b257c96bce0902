// Coordinates travel as one string "lat,lng" (mileapp-api.md §1.3). People paste them in many shapes,
// so parsing is lenient and formatting/checking of the wire form is strict.

export interface LatLng {
  lat: number;
  lng: number;
}

const N = String.raw`([+-]?\d+(?:\.\d+)?)`;
const PLAIN = new RegExp(String.raw`^${N}(?:\s*,\s*|\s+)${N}$`);
const WIRE = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;
// Map links, most precise first: Google's `!3d!4d` is the place itself while `/@` is only the viewport centre.
const LINKS: readonly RegExp[] = [
  new RegExp(String.raw`!3d${N}!4d${N}`),
  new RegExp(String.raw`[?&]mlat=${N}&(?:.*&)?mlon=${N}`),
  new RegExp(String.raw`[?&](?:q|query|ll|center|destination)=(?:loc:)?${N}[\s,]+${N}`),
  new RegExp(String.raw`/@${N},${N}`),
  new RegExp(String.raw`#map=\d+(?:\.\d+)?/${N}/${N}`),
  new RegExp(String.raw`^geo:${N},${N}`),
];
const SPACE_BEFORE_DIGIT = / (?=\d)/g;
const PLUS = /\+/g;
// Longer text is not a coordinate or a map link; the cap also bounds the regex work.
const MAX_LENGTH = 4096;
const MLON_FIRST = new RegExp(String.raw`[?&]mlon=${N}&(?:.*&)?mlat=${N}`);

function inRange(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

function pair(lat: string | undefined, lng: string | undefined): LatLng | null {
  const p = { lat: Number(lat), lng: Number(lng) };
  return inRange(p.lat, p.lng) ? p : null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(PLUS, ' '));
  } catch {
    return text; // a stray `%` is not worth refusing the whole link for
  }
}

/** Reads `lat,lng`, `lat, lng`, `lat lng` or a Google Maps / OpenStreetMap link; null when none in range. */
export function parseCoordinates(text: string): LatLng | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed.length > MAX_LENGTH) return null;
  const plain = PLAIN.exec(trimmed);
  if (plain) return pair(plain[1], plain[2]);
  // In a query string `+` is a space, but `q=-6.2,+106.8` means a sign: turn it back before a digit.
  const link = decode(trimmed).replace(SPACE_BEFORE_DIGIT, '+');
  for (const re of LINKS) {
    const m = re.exec(link);
    if (m) return pair(m[1], m[2]);
  }
  const swapped = MLON_FIRST.exec(link);
  return swapped ? pair(swapped[2], swapped[1]) : null;
}

function fixed(n: number): string {
  // toFixed, not toString: 1e-7 must print as 0.0000001.
  const s = n.toFixed(7).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** The wire form "lat,lng": no space, at most 7 decimals (about 1 cm), no trailing zeros. */
export function formatCoordinates(p: LatLng): string {
  return `${fixed(p.lat)},${fixed(p.lng)}`;
}

/** The strict wire form "lat,lng" within ±90/±180. */
export function isCoordinateString(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = WIRE.exec(s);
  return m !== null && inRange(Number(m[1]), Number(m[2]));
}

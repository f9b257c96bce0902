// Coordinates inside map links. A link names which number is which (`mlat`, `!3d`, `@lat,lng`), so its
// order is never second-guessed.
import type { Found } from './coordinate-angles';

const N = String.raw`([+-]?\d+(?:\.\d+)?)`;
// Most precise first: Google's `!3d!4d` is the place itself while `/@` is only the viewport centre.
const LINKS: readonly RegExp[] = [
  new RegExp(String.raw`!3d${N}!4d${N}`),
  new RegExp(String.raw`[?&]mlat=${N}&(?:.*&)?mlon=${N}`),
  new RegExp(String.raw`[?&](?:q|query|ll|center|destination)=(?:loc:)?${N}[\s,]+${N}`),
  new RegExp(String.raw`/@${N},${N}`),
  new RegExp(String.raw`#map=\d+(?:\.\d+)?/${N}/${N}`),
  new RegExp(String.raw`^geo:${N},${N}`),
];
const MLON_FIRST = new RegExp(String.raw`[?&]mlon=${N}&(?:.*&)?mlat=${N}`);
const SPACE_BEFORE_DIGIT = / (?=\d)/g;
const PLUS = /\+/g;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(PLUS, ' '));
  } catch {
    return text; // a stray `%` is not worth refusing the whole link for
  }
}

/** The place a Google Maps / OpenStreetMap / geo: link points at, or null. */
export function readMapLink(text: string): Found | null {
  // In a query string `+` is a space, but `q=-6.2,+106.8` means a sign: turn it back before a digit.
  const link = decode(text).replace(SPACE_BEFORE_DIGIT, '+');
  for (const re of LINKS) {
    const m = re.exec(link);
    if (m) return { kind: 'fixed', lat: Number(m[1]), lng: Number(m[2]) };
  }
  const swapped = MLON_FIRST.exec(link);
  return swapped ? { kind: 'fixed', lat: Number(swapped[2]), lng: Number(swapped[1]) } : null;
}

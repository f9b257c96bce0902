// Map links people share (docs/decisions/056): a short link is followed one redirect at a time, each hop
// only to a known map host over an allowed scheme, and the coordinates are read from where it lands.
// No other host ever receives a request, so the route cannot be used to reach arbitrary URLs.
import { readMapLink } from '../../src/flow/coordinate-links';
import { PlaceError, seconds } from './errors';
import { outboundGet } from './outbound';

export interface LinkOptions {
  /**
   * `maps.app.goo.gl` (that host, default port), `google.*` (any of Google's country domains),
   * `goo.gl/maps` (only paths under /maps), `127.0.0.1:4000` (that host and port)
   */
  hosts: readonly string[];
  /** `https:` only, unless a test needs `http:` */
  schemes: readonly string[];
  /** for the whole chain */
  timeoutMs: number;
  maxHops: number;
  userAgent: string;
}

export const MAP_HOSTS: readonly string[] = [
  'maps.app.goo.gl',
  'goo.gl/maps',
  'google.*/maps',
  'www.google.*/maps',
  'maps.google.*',
  'openstreetmap.org',
  'www.openstreetmap.org',
  'osm.org',
  'maps.apple.com',
];

const ACCEPTED =
  'Only map links can be read: Google Maps (maps.app.goo.gl, goo.gl/maps, google.com/maps), OpenStreetMap and Apple Maps.';
const REDIRECTS = [301, 302, 303, 307, 308];
const GOOGLE_TLD = /^(?:com|[a-z]{2}|com?\.[a-z]{2})$/;

function hostMatches(pattern: string, url: URL): boolean {
  if (pattern.includes(':')) return url.host === pattern;
  if (url.port !== '') return false;
  if (pattern.endsWith('.*')) {
    const stem = pattern.slice(0, -1);
    return url.hostname.startsWith(stem) && GOOGLE_TLD.test(url.hostname.slice(stem.length));
  }
  return url.hostname === pattern;
}

export function isMapUrl(url: URL, o: Pick<LinkOptions, 'hosts' | 'schemes'>): boolean {
  if (!o.schemes.includes(url.protocol) || url.username !== '' || url.password !== '') return false;
  return o.hosts.some((entry) => {
    const slash = entry.indexOf('/');
    const host = slash === -1 ? entry : entry.slice(0, slash);
    const path = slash === -1 ? '' : entry.slice(slash);
    return (
      hostMatches(host, url) && (path === '' || url.pathname === path || url.pathname.startsWith(`${path}/`))
    );
  });
}

const refused = (message: string) => new PlaceError(422, 'place-020', message);

function parse(raw: string, base?: URL): URL | undefined {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
}

export interface ResolvedLink {
  url: string;
  lat: number;
  lng: number;
}

export async function resolveMapLink(raw: string, o: LinkOptions): Promise<ResolvedLink> {
  const first = parse(raw);
  if (first === undefined || !isMapUrl(first, o)) throw refused(ACCEPTED);
  let url: URL = first;
  const deadline = Date.now() + o.timeoutMs;
  for (let hop = 0; ; hop++) {
    const at = readMapLink(url.href);
    if (at?.kind === 'fixed' && Math.abs(at.lat) <= 90 && Math.abs(at.lng) <= 180)
      return { url: url.href, lat: at.lat, lng: at.lng };
    if (hop === o.maxHops)
      throw new PlaceError(422, 'place-023', `The link redirected more than ${o.maxHops} times.`);
    // Only the status and Location matter: no page is read.
    const got = await outboundGet(url.href, {
      userAgent: o.userAgent,
      timeoutMs: Math.max(1, deadline - Date.now()),
      maxBytes: 0,
      accept: 'text/html',
      readBody: () => false,
    });
    if (!got.ok) {
      if (got.reason === 'timeout')
        throw new PlaceError(504, 'place-022', `The map site did not answer within ${seconds(o.timeoutMs)}.`);
      throw new PlaceError(502, 'place-024', 'The map site could not be reached.');
    }
    const location = got.headers.get('location');
    const next: URL | undefined =
      REDIRECTS.includes(got.status) && location !== null ? parse(location, url) : undefined;
    if (next === undefined)
      throw new PlaceError(422, 'place-021', 'The link did not lead to a place with coordinates.');
    if (!isMapUrl(next, o))
      throw refused(
        `The link led away from the map sites (to ${next.hostname}), so it was not followed. ${ACCEPTED}`,
      );
    url = next;
  }
}

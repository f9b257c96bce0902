// GET /api/places/search, /reverse, /settings and /link (docs/decisions/053–056): thin, over the
// configured Geocoder and the map-link resolver, always for the caller's organisation. A provider or map
// site that fails is answered in the envelope the PlaceError carries.
import type { FastifyReply } from 'fastify';
import { reversePlace, placeSettings, resolveLink, searchPlaces } from '../contracts/places';
import type { ContractApp } from '../contracts/provider';
import { sendFailure } from '../http/envelope';
import { PlaceError } from '../places/errors';
import type { PlaceSettings } from '../places/geocoder';
import { resolveMapLink, type LinkOptions } from '../places/links';
import type { Geocoder } from '../places/types';

export interface PlaceRouteDeps {
  geocoder: Geocoder;
  settings: PlaceSettings;
  links: LinkOptions;
}

async function answer<T>(reply: FastifyReply, work: () => Promise<T>) {
  try {
    return { data: await work(), status: true as const };
  } catch (e) {
    if (!(e instanceof PlaceError)) throw e;
    if (e.retryAfter !== undefined) reply.header('retry-after', String(e.retryAfter));
    return sendFailure(reply, e.status, e.body);
  }
}

export function placeRoutes(app: ContractApp, { geocoder, settings, links }: PlaceRouteDeps): void {
  app.get('/search', { schema: searchPlaces }, async (request, reply) => {
    const { q, limit } = request.query;
    return answer(reply, () => geocoder.search(q, { organizationId: request.auth.organizationId, limit }));
  });
  app.get('/reverse', { schema: reversePlace }, async (request, reply) => {
    const { lat, lng } = request.query;
    const organizationId = request.auth.organizationId;
    return answer(reply, async () => (await geocoder.reverse(lat, lng, { organizationId })) ?? null);
  });
  app.get('/settings', { schema: placeSettings }, async () => ({ data: settings, status: true as const }));
  app.get('/link', { schema: resolveLink }, async (request, reply) =>
    answer(reply, () => resolveMapLink(request.query.url, links)),
  );
}

// GET /api/places/search?q= and /api/places/reverse?lat=&lng= (docs/decisions/053): thin, over the
// configured Geocoder, always for the caller's organisation.
import { reversePlace, searchPlaces } from '../contracts/places';
import type { ContractApp } from '../contracts/provider';
import type { Geocoder } from '../places/types';

export function placeRoutes(app: ContractApp, geocoder: Geocoder): void {
  app.get('/search', { schema: searchPlaces }, async (request) => {
    const { q, limit } = request.query;
    const data = await geocoder.search(q, { organizationId: request.auth.organizationId, limit });
    return { data, status: true as const };
  });
  app.get('/reverse', { schema: reversePlace }, async (request) => {
    const { lat, lng } = request.query;
    const data = (await geocoder.reverse(lat, lng, { organizationId: request.auth.organizationId })) ?? null;
    return { data, status: true as const };
  });
}

// MSW answers of the place routes for component tests.
import { http, HttpResponse } from 'msw';
import type { Place } from '../places';
import type { PlaceSettings } from '../place-settings';
import { placesApi } from './msw';

export const placeSettings = (settings: PlaceSettings = { provider: 'builtin', typeAhead: true }) =>
  http.get(placesApi('/settings'), () => HttpResponse.json({ data: settings, status: true }));

export const MONAS: Place = {
  name: 'Monas',
  address: 'Gambir, Jakarta Pusat',
  lat: -6.1753924,
  lng: 106.8271528,
  precision: 'exact',
  source: 'task',
};

export const JAKARTA_CITY: Place = {
  name: 'Jakarta',
  address: 'DKI Jakarta, Indonesia',
  lat: -6.21462,
  lng: 106.84513,
  precision: 'city',
  source: 'city',
};

/** GET /search answering from `places` by the start of a name word; `seen` collects every q asked. */
export const placeSearch = (places: Place[], seen: string[] = []) =>
  http.get(placesApi('/search'), ({ request }) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    seen.push(q);
    const words = q
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const data = places.filter((p) =>
      words.every((w) =>
        `${p.name} ${p.address}`
          .toLowerCase()
          .split(/[\s,]+/)
          .some((x) => x.startsWith(w)),
      ),
    );
    return HttpResponse.json({ data, status: true });
  });

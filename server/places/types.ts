// What every geocoder answers, whichever provider is configured (docs/decisions/053).

/** How closely a place's coordinates point at what was searched for. */
export type Precision = 'exact' | 'street' | 'area' | 'city';
export const PRECISIONS: readonly Precision[] = ['exact', 'street', 'area', 'city'];

/**
 * hub: the organisation's own; task: a past task's address; city: the shared GeoNames gazetteer;
 * geocoder: the configured external provider (Nominatim, Photon, Pelias)
 */
export type PlaceSource = 'hub' | 'task' | 'city' | 'geocoder';
export const PLACE_SOURCES: readonly PlaceSource[] = ['hub', 'task', 'city', 'geocoder'];

export interface Place {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: Precision;
  source: PlaceSource;
}

export interface SearchOptions {
  /** only this organisation's places, plus the shared ones */
  organizationId: string;
  limit: number;
}

export interface Geocoder {
  /** places whose name or address match every word of `text`, words matched as prefixes */
  search(text: string, opts: SearchOptions): Promise<Place[]>;
  /** the nearest known place, or undefined when none is close enough */
  reverse(lat: number, lng: number, opts: Omit<SearchOptions, 'limit'>): Promise<Place | undefined>;
}

/** A row of the built-in index as the store writes it. */
export interface PlaceRow extends Place {
  organizationId: string;
  /** the hub's or task's _id, or the city's GeoNames key; unique per organisation and source */
  ref: string;
}

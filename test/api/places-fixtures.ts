// Answers in each provider's documented format: Nominatim's jsonv2, Photon's and Pelias's GeoJSON.
const LICENCE = 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright';

export const nominatimSearch = [
  {
    place_id: 1,
    licence: LICENCE,
    osm_type: 'way',
    osm_id: 24691019,
    lat: '-6.1753942',
    lon: '106.827183',
    category: 'tourism',
    type: 'attraction',
    place_rank: 30,
    importance: 0.62,
    addresstype: 'tourism',
    name: 'Monumen Nasional',
    display_name:
      'Monumen Nasional, Jalan Medan Merdeka Barat, Gambir, Jakarta Pusat, Jawa, 10110, Indonesia',
    boundingbox: ['-6.1766', '-6.1741', '106.8259', '106.8284'],
  },
  {
    place_id: 2,
    licence: LICENCE,
    osm_type: 'way',
    osm_id: 4,
    lat: '-6.1762',
    lon: '106.8229',
    category: 'highway',
    type: 'primary',
    place_rank: 26,
    addresstype: 'road',
    name: 'Jalan Medan Merdeka Barat',
    display_name: 'Jalan Medan Merdeka Barat, Gambir, Jakarta Pusat, Jawa, 10110, Indonesia',
  },
  {
    place_id: 3,
    licence: LICENCE,
    osm_type: 'relation',
    osm_id: 5,
    lat: '-6.1707',
    lon: '106.8174',
    category: 'boundary',
    type: 'administrative',
    place_rank: 20,
    addresstype: 'suburb',
    name: 'Gambir',
    display_name: 'Gambir, Jakarta Pusat, Jawa, Indonesia',
  },
  {
    place_id: 4,
    licence: LICENCE,
    osm_type: 'relation',
    osm_id: 6,
    lat: '-6.1754',
    lon: '106.8272',
    category: 'boundary',
    type: 'administrative',
    place_rank: 12,
    addresstype: 'city',
    name: 'Jakarta Pusat',
    display_name: 'Jakarta Pusat, Daerah Khusus ibukota Jakarta, Jawa, Indonesia',
  },
];

export const nominatimReverse = {
  ...nominatimSearch[0],
  address: { tourism: 'Monumen Nasional', road: 'Jalan Medan Merdeka Barat', country_code: 'id' },
};

const feature = (lng: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties,
});

export const photonSearch = {
  type: 'FeatureCollection',
  features: [
    feature(106.827183, -6.1753942, {
      osm_type: 'W',
      osm_id: 24691019,
      osm_key: 'tourism',
      osm_value: 'attraction',
      type: 'house',
      name: 'Monumen Nasional',
      street: 'Jalan Medan Merdeka Barat',
      district: 'Gambir',
      city: 'Jakarta Pusat',
      state: 'Daerah Khusus ibukota Jakarta',
      postcode: '10110',
      country: 'Indonesia',
      countrycode: 'ID',
    }),
    feature(106.8229, -6.1762, {
      osm_key: 'highway',
      osm_value: 'primary',
      type: 'street',
      name: 'Jalan Medan Merdeka Barat',
      city: 'Jakarta Pusat',
      country: 'Indonesia',
      countrycode: 'ID',
    }),
    feature(106.8174, -6.1707, {
      type: 'district',
      name: 'Gambir',
      city: 'Jakarta Pusat',
      country: 'Indonesia',
      countrycode: 'ID',
    }),
    feature(103.8, 1.35, { type: 'city', name: 'Singapore', country: 'Singapore', countrycode: 'SG' }),
  ],
};

export const peliasSearch = {
  geocoding: { version: '0.2', query: { text: 'monas' } },
  type: 'FeatureCollection',
  features: [
    feature(106.827183, -6.1753942, {
      id: 'way/24691019',
      layer: 'venue',
      source: 'openstreetmap',
      name: 'Monumen Nasional',
      confidence: 0.9,
      accuracy: 'point',
      country_a: 'IDN',
      label: 'Monumen Nasional, Jakarta Pusat, Indonesia',
    }),
    feature(106.8229, -6.1762, {
      layer: 'street',
      name: 'Jalan Medan Merdeka Barat',
      label: 'Jalan Medan Merdeka Barat, Jakarta Pusat, Indonesia',
    }),
    feature(106.8174, -6.1707, {
      layer: 'neighbourhood',
      name: 'Gambir',
      label: 'Gambir, Jakarta, Indonesia',
    }),
    feature(106.8456, -6.2088, { layer: 'locality', name: 'Jakarta', label: 'Jakarta, Indonesia' }),
  ],
};

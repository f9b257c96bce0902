import { describe, expect, it } from 'vitest';
import { normaliseFlow } from '../normalise';
import {
  addressKey,
  addressToFind,
  classifyAnswer,
  coordinatesText,
  geocodeLinks,
  geocodeWork,
  withCoordinates,
  type GeoPlace,
} from './geocode';
import type { SheetRow } from './types';

const input = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
  component: 'input',
  id,
  title: id,
  type,
  ...extra,
});
const flowOf = (...components: unknown[]) =>
  normaliseFlow({ name: 'T', pages: [{ id: 'page0', components }] });

const visit = flowOf(input('name', 'String'), input('addr', 'Address'), input('loc', 'Geolocation'));

const place = (over: Partial<GeoPlace> = {}): GeoPlace => ({
  name: 'Bandung',
  address: 'Jalan Stasiun Barat 11, Bandung',
  lat: -6.91458,
  lng: 107.60211,
  precision: 'exact',
  source: 'hub',
  ...over,
});

describe('geocodeLinks: which address gives which location', () => {
  it('pairs the one Address with the one Geolocation, in one column or two', () => {
    const [one] = geocodeLinks(visit, ['name', 'addr', 'loc']);
    expect([one?.field.id, one?.addressCol, one?.coords]).toEqual(['loc', 1, { col: 2 }]);
    const [halves] = geocodeLinks(visit, ['addr', 'loc:lng', 'loc:lat']);
    expect(halves?.coords).toEqual({ lat: 2, lng: 1 });
    expect(geocodeLinks(visit, ['name', 'addr'])[0]?.coords).toBeNull();
  });

  it('needs the address mapped', () => {
    expect(geocodeLinks(visit, ['name', null, 'loc'])).toEqual([]);
  });

  it('follows geocodeAs when the flow has several addresses or locations', () => {
    const two = flowOf(
      input('from', 'Address'),
      input('to', 'Address'),
      input('drop', 'Geolocation', { useGeocode: true, geocodeAs: 'to' }),
      input('pick', 'Geolocation'),
    );
    const links = geocodeLinks(two, ['from', 'to', 'drop', 'pick']);
    expect(links.map((l) => [l.field.id, l.addressCol])).toEqual([['drop', 1]]);
    const guess = flowOf(input('from', 'Address'), input('to', 'Address'), input('drop', 'Geolocation'));
    expect(geocodeLinks(guess, ['from', 'to', 'drop'])).toEqual([]);
  });
});

describe('which rows are asked about', () => {
  const [link] = geocodeLinks(visit, ['name', 'addr', 'loc']);
  const row = (line: number, addr: string | null, loc: string | number | null = null): SheetRow => ({
    line,
    cells: ['x', addr, loc],
  });

  it('rows with an address and no coordinates; coordinates in the file always win', () => {
    expect(addressToFind(link!, row(2, ' Bandung ').cells)).toBe('Bandung');
    expect(addressToFind(link!, row(2, 'Bandung', '-6.2,106.8').cells)).toBe('');
    expect(addressToFind(link!, row(2, 'Bandung', 'nonsense').cells)).toBe('');
    expect(addressToFind(link!, row(2, null).cells)).toBe('');
    const [halves] = geocodeLinks(visit, ['addr', 'loc:lat', 'loc:lng']);
    expect(addressToFind(halves!, ['Bandung', -6.2, null])).toBe('');
    expect(addressToFind(halves!, ['Bandung', null, null])).toBe('Bandung');
  });

  it('asks each distinct address once, however spaced or cased, and not again once answered', () => {
    const rows = [
      row(2, 'Jalan Pemuda 17, Surabaya'),
      row(3, 'jalan  pemuda 17,  SURABAYA'),
      row(4, 'Bogor'),
      row(5, 'Bogor', '-6.6,106.8'),
      row(6, 'Denpasar'),
    ];
    const work = geocodeWork([link!], rows, {});
    expect([...work.addresses.values()]).toEqual(['Jalan Pemuda 17, Surabaya', 'Bogor', 'Denpasar']);
    expect(work.rows).toBe(4);
    const later = geocodeWork([link!], rows, { [addressKey('BOGOR')]: [] }, (line) => line === 6);
    expect([...later.addresses.keys()]).toEqual(['jalan pemuda 17, surabaya']);
  });
});

describe('classifyAnswer', () => {
  it('no place: none; one place: found', () => {
    expect(classifyAnswer('Qwxyz', [])).toEqual({ kind: 'none' });
    expect(classifyAnswer('Jalan Stasiun Barat 11', [place()])).toEqual({ kind: 'found', place: place() });
  });

  it('a first place more precise than every other is found (a hub before the towns of its name)', () => {
    const town = place({ precision: 'city', source: 'city', lat: -6.9, lng: 107.6 });
    expect(classifyAnswer('Bandung', [place(), town, { ...town, lat: -7 }])).toMatchObject({
      kind: 'found',
      place: place(),
    });
  });

  it('places of equal precision far apart: several to choose from', () => {
    const a = place({ name: 'Sukamaju', precision: 'city', lat: -6.2, lng: 106.2 });
    const b = place({ name: 'Sukamaju', precision: 'city', lat: -2.5, lng: 120.3 });
    expect(classifyAnswer('Sukamaju', [a, b])).toEqual({ kind: 'several', candidates: [a, b] });
    const s1 = place({ precision: 'street' });
    const s2 = place({ precision: 'street', lat: -6.8 });
    expect(classifyAnswer('x', [s1, s2]).kind).toBe('several');
  });

  it('places at the same point count as one', () => {
    const task = place({ source: 'task', lat: -6.9146, lng: 107.6022 });
    expect(classifyAnswer('Bandung', [place(), task])).toMatchObject({ kind: 'found', place: place() });
  });

  it('a place named exactly as typed wins over ones that only start so', () => {
    const bogorejo = place({ name: 'Bogorejo', precision: 'city', lat: -7.1, lng: 111.5 });
    const bogor = place({ name: 'Bogor', precision: 'city', lat: -6.6, lng: 106.8 });
    expect(classifyAnswer('bogor', [bogorejo, bogor])).toEqual({ kind: 'approximate', candidates: [bogor] });
  });

  it('a town is only approximate: offered, never filled on its own', () => {
    const town = place({ precision: 'city', source: 'city' });
    expect(classifyAnswer('Bandung', [town])).toEqual({ kind: 'approximate', candidates: [town] });
  });
});

describe('writing the coordinates', () => {
  it('in the one column, or split over both halves', () => {
    const [one] = geocodeLinks(visit, ['name', 'addr', 'loc']);
    const cells = withCoordinates(one!, ['x', 'Bandung', null], { lat: -6.91458, lng: 107.60211 });
    expect(cells).toEqual(['x', 'Bandung', '-6.91458,107.60211']);
    expect(coordinatesText(one!, cells)).toBe('-6.91458,107.60211');
    const [halves] = geocodeLinks(visit, ['addr', 'loc:lat', 'loc:lng']);
    const split = withCoordinates(halves!, ['Bandung', null, null], { lat: -6.5, lng: 107 });
    expect(split).toEqual(['Bandung', '-6.5', '107']);
    expect(coordinatesText(halves!, split)).toBe('-6.5,107');
  });
});

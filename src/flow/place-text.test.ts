import { describe, expect, it } from 'vitest';
import { addressLinks } from './address-link';
import { normaliseFlow } from './normalise';
import { isUnreadMapLink, placeNameIn } from './place-text';

describe('place text', () => {
  it.each([
    ['https://maps.app.goo.gl/AbC123xyz', true],
    ['https://goo.gl/maps/AbC123', true],
    ['https://www.google.com/maps/place/Monas', true],
    ['https://www.google.com/maps/place/Monas/@-6.1753924,106.8249641,17z', false],
    ['-6.2, 106.8', false],
    ['Monas, Jakarta', false],
  ])('%s is a link to follow: %s', (text, expected) => {
    expect(isUnreadMapLink(text)).toBe(expected);
  });

  it.each([
    ['Monas, Jakarta', 'Monas, Jakarta'],
    ['  Jalan Sudirman 5 ', 'Jalan Sudirman 5'],
    ["6°12'LS 106°48'BT", null],
    ['-6.2 106.8', null],
    ['maps.app.goo.gl/AbC', null],
    ['12', null],
  ])('%s names a place: %s', (text, expected) => {
    expect(placeNameIn(text)).toBe(expected);
  });
});

const flow = (components: Record<string, unknown>[]) =>
  normaliseFlow({ name: 'F', pages: [{ id: 'page0', components }] });
const address = (id: string) => ({ component: 'input', id, title: id, type: 'Address' });
const geo = (id: string, extra: Record<string, unknown> = {}) => ({
  component: 'input',
  id,
  title: id,
  type: 'Geolocation',
  ...extra,
});

describe('addressLinks', () => {
  it('follows useGeocode + geocodeAs', () => {
    const f = flow([address('a1'), address('a2'), geo('g', { useGeocode: true, geocodeAs: 'a2' })]);
    expect([...addressLinks(f.fields)]).toEqual([['g', 'a2']]);
  });

  it('ignores geocodeAs without useGeocode, or naming no Address', () => {
    expect(
      addressLinks(flow([address('a1'), address('a2'), geo('g', { geocodeAs: 'a2' })]).fields).size,
    ).toBe(0);
    const f = flow([address('a1'), address('a2'), geo('g', { useGeocode: true, geocodeAs: 'nope' })]);
    expect(addressLinks(f.fields).size).toBe(0);
  });

  it('links the only Address to the only Geolocation', () => {
    expect([...addressLinks(flow([address('a'), geo('g')]).fields)]).toEqual([['g', 'a']]);
    expect(addressLinks(flow([address('a'), geo('g1'), geo('g2')]).fields).size).toBe(0);
  });
});

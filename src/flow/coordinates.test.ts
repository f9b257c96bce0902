import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  formatCoordinates,
  isCoordinateString,
  isZeroZero,
  parseCoordinates,
  readCoordinates,
} from './coordinates';

describe('parseCoordinates', () => {
  it.each([
    ['-6.2088,106.8456', -6.2088, 106.8456],
    ['-6.2088, 106.8456', -6.2088, 106.8456],
    ['-6.2088 106.8456', -6.2088, 106.8456],
    ['  -6.2088 ,  106.8456 ', -6.2088, 106.8456],
    ['+6.5,-106', 6.5, -106],
    ['https://www.google.com/maps/@-6.2088,106.8456,17z', -6.2088, 106.8456],
    [
      'https://www.google.com/maps/place/Monas/@-6.17,106.82,17z/data=!3m1!4b1!4m6!3m5!1s0x2e:0x3d!8m2!3d-6.1753924!4d106.8271528!16z',
      -6.1753924,
      106.8271528,
    ],
    ['https://maps.google.com/?q=-6.2,106.8', -6.2, 106.8],
    ['https://maps.google.com/?q=-6.2,+106.8', -6.2, 106.8],
    ['https://www.google.com/maps/search/?api=1&query=-6.2%2C106.8', -6.2, 106.8],
    ['https://maps.google.com/maps?ll=-6.2,106.8&z=15', -6.2, 106.8],
    ['https://www.openstreetmap.org/?mlat=-6.2&mlon=106.8#map=15/-6.3/106.9', -6.2, 106.8],
    ['https://www.openstreetmap.org/?mlon=106.8&mlat=-6.2', -6.2, 106.8],
    ['https://www.openstreetmap.org/#map=15/-6.21/106.85', -6.21, 106.85],
  ])('%s', (text, lat, lng) => {
    expect(parseCoordinates(text)).toEqual({ lat, lng });
  });

  it.each([
    '0,181',
    '0,-180.5',
    '91,181',
    'https://www.google.com/maps/@95.1,106.8,17z',
    'https://www.openstreetmap.org/#map=15/-6.21/190',
    'Jakarta',
    '-6.2',
    '-6.2,106.8,5',
    '',
    'https://maps.app.goo.gl/AbCdEf',
    'https://example.com/?q=100%',
    `${'1'.repeat(5000)},1`,
  ])('null for %j', (text) => {
    expect(parseCoordinates(text)).toBeNull();
  });

  it('accepts the exact bounds', () => {
    expect(parseCoordinates('-90,180')).toEqual({ lat: -90, lng: 180 });
  });
});

const JAKARTA = { lat: -6.2, lng: 106.8 };
const near = (lat: number, lng: number) => ({
  ok: true,
  point: { lat: expect.closeTo(lat, 6), lng: expect.closeTo(lng, 6) },
});

describe('readCoordinates: the forms people type', () => {
  it.each([
    ['-6.2,106.8', -6.2, 106.8],
    ['-6.2, 106.8', -6.2, 106.8],
    ['-6,2; 106,8', -6.2, 106.8],
    ['-6,2;106,8', -6.2, 106.8],
    ['-6.2; 106.8', -6.2, 106.8],
    ['-6,2 106,8', -6.2, 106.8],
    ['−6.2, 106.8', -6.2, 106.8],
    ['(-6.2, 106.8)', -6.2, 106.8],
    [`6°12'S 106°48'E`, -6.2, 106.8],
    [`6°12'S, 106°48'E`, -6.2, 106.8],
    [`6°12′S 106°48′E`, -6.2, 106.8],
    [`6° 12' S  106° 48' E`, -6.2, 106.8],
    [`6°12'30"S 106°48'36"E`, -(6 + 12 / 60 + 30 / 3600), 106 + 48 / 60 + 36 / 3600],
    [`6°12'30.5"S 106°48'E`, -(6 + 12 / 60 + 30.5 / 3600), 106.8],
    [`6°12.5'S 106°48'E`, -(6 + 12.5 / 60), 106.8],
    [`S 6°12' E 106°48'`, -6.2, 106.8],
    [`106°48'E 6°12'S`, -6.2, 106.8],
    [`6.2°S 106.8°E`, -6.2, 106.8],
    ['6.2 S 106.8 E', -6.2, 106.8],
    ['6,2S 106,8E', -6.2, 106.8],
    ['3.59 n 98.68 e', 3.59, 98.68],
    [`40°26'46"N 79°58'56"W`, 40 + 26 / 60 + 46 / 3600, -(79 + 58 / 60 + 56 / 3600)],
    [`6°12' LS 106°48' BT`, -6.2, 106.8],
    [`3°35' LU 98°40' BT`, 3 + 35 / 60, 98 + 40 / 60],
    [`-6°12', 106°48'`, -6.2, 106.8],
  ])('%s', (text, lat, lng) => {
    expect(readCoordinates(text)).toMatchObject({ ...near(lat, lng), order: 'asWritten' });
  });

  it('says when the text was already the wire form, by the wire form it gives', () => {
    expect(readCoordinates('-6.2,106.8')).toMatchObject({ wire: '-6.2,106.8' });
    expect(readCoordinates(`6°12'S 106°48'E`)).toMatchObject({ wire: '-6.2,106.8' });
  });

  it.each([
    ['106.8, -6.2', -6.2, 106.8],
    ['106,8; -6,2', -6.2, 106.8],
    ['[106.8, -6.2]', -6.2, 106.8],
    ['-95, 10', 10, -95],
  ])('reads %s longitude first: its first number cannot be a latitude', (text, lat, lng) => {
    expect(readCoordinates(text)).toMatchObject({ ...near(lat, lng), order: 'swapped' });
    expect(readCoordinates(text, JAKARTA)).toMatchObject({ ...near(lat, lng), order: 'swapped' });
  });

  describe('when both orders are possible, the hub decides only if it makes one of them plausible', () => {
    const BERLIN = { lat: 52.52, lng: 13.4 };
    it('reads longitude first when only that order lies in the hub region', () => {
      expect(readCoordinates('13.41, 52.5', BERLIN)).toMatchObject({
        ...near(52.5, 13.41),
        order: 'swappedNearHub',
      });
    });
    it('keeps the written order without a hub, or when the written order is near the hub', () => {
      expect(readCoordinates('13.41, 52.5')).toMatchObject({ ...near(13.41, 52.5), order: 'asWritten' });
      expect(readCoordinates('52.5, 13.41', BERLIN)).toMatchObject({
        ...near(52.5, 13.41),
        order: 'asWritten',
      });
    });
    it('keeps the written order when neither order is near the hub', () => {
      expect(readCoordinates('10, 20', BERLIN)).toMatchObject({ ...near(10, 20), order: 'asWritten' });
      expect(readCoordinates('6.2, 50', JAKARTA)).toMatchObject({ ...near(6.2, 50), order: 'asWritten' });
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['near the mosque', 'unreadable'],
    ['Jakarta', 'unreadable'],
    ['-6,2,106,8', 'unreadable'],
    ['-6.2', 'unreadable'],
    ['-6.2,106.8,5', 'unreadable'],
    [`6°12'S`, 'unreadable'],
    [`6°12'S 106°48'S`, 'unreadable'],
    [`6°12'S 106°48'`, 'unreadable'],
    [`-6°12'S 106°48'E`, 'unreadable'],
    [`6°75'S 106°48'E`, 'unreadable'],
    [`6°12'S ,, 106°48'E`, 'unreadable'],
    [`12' 106°48'E`, 'unreadable'],
    [`6.5°30'S 106°48'E`, 'unreadable'],
    ['South 6.2 East 106.8', 'unreadable'],
    ['91,181', 'outOfRange'],
    [`95°S 106°E`, 'outOfRange'],
    ['https://www.google.com/maps/@95.1,106.8,17z', 'outOfRange'],
  ])('refuses %j: %s', (text, problem) => {
    expect(readCoordinates(text)).toEqual({ ok: false, problem });
  });

  it('stays fast on hostile input', () => {
    const started = performance.now();
    for (const text of [`${'6°'.repeat(2000)}`, `(${' '.repeat(4000)}`, `${'6 S '.repeat(1000)}`])
      readCoordinates(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isZeroZero and distanceKm', () => {
  it('knows 0,0 whatever way it was written', () => {
    expect(isZeroZero({ lat: 0, lng: 0 })).toBe(true);
    expect(isZeroZero({ lat: -0.00000001, lng: 0 })).toBe(true);
    expect(isZeroZero({ lat: 0.001, lng: 0 })).toBe(false);
    const r = readCoordinates(`0°N 0°E`);
    expect(r.ok && isZeroZero(r.point)).toBe(true);
  });
  it('measures Jakarta to Bandung as about 120 km', () => {
    expect(distanceKm({ lat: -6.2, lng: 106.85 }, { lat: -6.91, lng: 107.6 })).toBeCloseTo(115, -1);
  });
});

describe('formatCoordinates', () => {
  it('writes lat,lng with at most 7 decimals and no trailing zeros', () => {
    expect(formatCoordinates({ lat: -6.2, lng: 106.123456789 })).toBe('-6.2,106.1234568');
    expect(formatCoordinates({ lat: 10, lng: -20.5 })).toBe('10,-20.5');
  });
  it('never uses exponent notation or -0', () => {
    expect(formatCoordinates({ lat: 1e-7, lng: -1e-9 })).toBe('0.0000001,0');
  });
  it('round-trips through the strict check', () => {
    expect(isCoordinateString(formatCoordinates({ lat: -6.230815251, lng: 106.75684387 }))).toBe(true);
  });
});

describe('isCoordinateString (strict wire form)', () => {
  it.each(['-6.230815251,106.75684387', '0,0', '90,-180', '-6,106'])('accepts %s', (s) => {
    expect(isCoordinateString(s)).toBe(true);
  });
  it.each([
    '-6.2, 106.8',
    '-6.2 106.8',
    '+6,106',
    '91,0',
    '0,180.1',
    '-6.2,',
    'a,b',
    '',
    null,
    ['-6', '106'],
  ])('refuses %j', (s) => {
    expect(isCoordinateString(s)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCoordinates, isCoordinateString, parseCoordinates } from './coordinates';

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
    '91,0',
    '-90.0001,0',
    '0,181',
    '0,-180.5',
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

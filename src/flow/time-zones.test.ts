import tzLookup from '@photostructure/tz-lookup';
import { describe, expect, it } from 'vitest';
import {
  loadZoneLookup,
  localZoneName,
  toZonedInput,
  zoneAt as zoneWith,
  zoneOffset,
  zonedInputToIso,
} from './time-zones';

const zoneAt = (lat: number, lng: number) => zoneWith(tzLookup, lat, lng);

describe('zoneAt: the zone of a hub from its coordinates', () => {
  it.each([
    ['Jakarta', -6.2, 106.8, 'Asia/Jakarta', 'WIB'],
    ['Medan', 3.59, 98.67, 'Asia/Jakarta', 'WIB'],
    ['Pontianak', -0.02, 109.34, 'Asia/Pontianak', 'WIB'],
    ['Denpasar', -8.65, 115.2, 'Asia/Makassar', 'WITA'],
    ['Makassar', -5.14, 119.42, 'Asia/Makassar', 'WITA'],
    ['Balikpapan', -1.27, 116.83, 'Asia/Makassar', 'WITA'],
    ['Ambon', -3.69, 128.18, 'Asia/Jayapura', 'WIT'],
    ['Sorong', -0.88, 131.25, 'Asia/Jayapura', 'WIT'],
    ['Jayapura', -2.533, 140.717, 'Asia/Jayapura', 'WIT'],
    ['Merauke', -8.49, 140.4, 'Asia/Jayapura', 'WIT'],
  ])('%s is in %s (%s)', (_city, lat, lng, zone, name) => {
    expect(zoneAt(lat, lng)).toBe(zone);
    expect(localZoneName(zone)).toBe(name);
  });

  it('keeps Papua New Guinea east of the border in its own zone', () => {
    expect(zoneAt(-9.44, 147.18)).toBe('Pacific/Port_Moresby');
    expect(zoneAt(-2.68, 141.3)).toBe('Pacific/Port_Moresby');
  });

  it('loads the same lookup on demand', async () => {
    expect(zoneWith(await loadZoneLookup(), -5.14, 119.42)).toBe('Asia/Makassar');
  });

  it('is undefined for a point that is not on Earth', () => {
    expect(zoneAt(95, 0)).toBeUndefined();
    expect(zoneAt(Number.NaN, 106)).toBeUndefined();
  });
});

describe('wall-clock times in a zone', () => {
  it('reads 09:30 in Makassar as 09:30+08:00 and 09:30 in Jayapura as 09:30+09:00', () => {
    expect(zonedInputToIso('2026-12-06T09:30', 'Asia/Makassar')).toBe('2026-12-06T09:30:00+08:00');
    expect(zonedInputToIso('2026-12-06T09:30:15', 'Asia/Jayapura')).toBe('2026-12-06T09:30:15+09:00');
    expect(zonedInputToIso('2026-12-06T09:30', 'Asia/Jakarta')).toBe('2026-12-06T09:30:00+07:00');
  });

  it('refuses what is not a wall-clock value or not a day of the calendar', () => {
    expect(zonedInputToIso('2026-02-30T09:30', 'Asia/Jakarta')).toBeNull();
    expect(zonedInputToIso('06/12/2026 09:30', 'Asia/Jakarta')).toBeNull();
  });

  it('writes an instant as the wall clock of the zone, and reads it back to the same instant', () => {
    const at = new Date('2026-12-06T02:30:00Z');
    expect(toZonedInput(at, 'Asia/Jakarta')).toBe('2026-12-06T09:30');
    expect(toZonedInput(at, 'Asia/Makassar')).toBe('2026-12-06T10:30');
    expect(toZonedInput(at, 'Asia/Jayapura')).toBe('2026-12-06T11:30');
    expect(Date.parse(zonedInputToIso(toZonedInput(at, 'Asia/Makassar'), 'Asia/Makassar')!)).toBe(
      at.getTime(),
    );
    expect(zoneOffset('Asia/Makassar', at)).toBe('+08:00');
  });
});

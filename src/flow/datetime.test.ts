import { describe, expect, it } from 'vitest';
import { isDate, isDatetime, isTime, parseDatetime, toIsoOffset } from './datetime';

describe('isDate (Y-m-d, real calendar dates)', () => {
  it.each(['2023-10-16', '2024-02-29', '2000-02-29', '1999-12-31', '2023-02-28', '2023-01-31', '0100-01-01'])(
    'accepts %s',
    (s) => {
      expect(isDate(s)).toBe(true);
    },
  );
  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023-11-31',
    '2023-12-00',
    '0050-06-15',
    '2023-1-5',
    '16-10-2023',
    '2023-10-16 ',
    '2023-10-16T00:00:00',
    '',
    20231016,
    null,
  ])('refuses %j', (s) => {
    expect(isDate(s)).toBe(false);
  });
});

describe('isTime (H:i or H:i:s)', () => {
  it.each(['00:00', '08:30', '23:59', '08:30:00', '23:59:59'])('accepts %s', (s) => {
    expect(isTime(s)).toBe(true);
  });
  it.each(['24:00', '24:61', '12:60', '12:30:60', '8:30', '08:30:5', '0830', '', 830, undefined])(
    'refuses %j',
    (s) => {
      expect(isTime(s)).toBe(false);
    },
  );
});

describe('isDatetime (the four MileApp formats)', () => {
  it.each([
    '2022-07-13 03:16:40',
    '2022-07-13T03:16:40.000+00:00',
    '2022-07-13T03:16:40+07:00',
    '2022-07-13T03:16:40',
    '2022-07-13T03:16:40Z',
    '2022-05-25T06:49:36.308000Z',
  ])('accepts %s', (s) => {
    expect(isDatetime(s)).toBe(true);
  });
  it.each([
    '2023-02-30 10:00:00',
    '2023-13-01 00:00:00',
    '2023-06-00T10:00:00Z',
    '2022-07-13 24:00:00',
    '2022-07-13 23:61:00',
    '2022-07-13 03:16',
    '2022-07-13T03:16:40.000',
    '2022-07-13T03:16:40+25:00',
    '2022-07-13',
    'yesterday',
    1657682200,
  ])('refuses %j', (s) => {
    expect(isDatetime(s)).toBe(false);
  });
});

describe('parseDatetime', () => {
  it('reads formats without an offset as UTC', () => {
    expect(parseDatetime('2022-07-13 03:16:40')?.toISOString()).toBe('2022-07-13T03:16:40.000Z');
    expect(parseDatetime('2022-07-13T03:16:40')?.toISOString()).toBe('2022-07-13T03:16:40.000Z');
  });
  it('applies the offset', () => {
    expect(parseDatetime('2022-07-13T03:16:40.250+07:00')?.toISOString()).toBe('2022-07-12T20:16:40.250Z');
    expect(parseDatetime('2022-07-13T03:16:40-05:30')?.toISOString()).toBe('2022-07-13T08:46:40.000Z');
  });
  it('is null for what isDatetime refuses', () => {
    expect(parseDatetime('2023-02-30 10:00:00')).toBeNull();
    expect(parseDatetime('nonsense')).toBeNull();
  });
});

describe('toIsoOffset', () => {
  const d = new Date('2022-11-02T07:28:23.900Z');
  it('formats as MileApp returns task times, seconds precision', () => {
    expect(toIsoOffset(d)).toBe('2022-11-02T07:28:23+00:00');
  });
  it('shows the same instant in another offset', () => {
    expect(toIsoOffset(d, 420)).toBe('2022-11-02T14:28:23+07:00');
    expect(toIsoOffset(d, -330)).toBe('2022-11-02T01:58:23-05:30');
    expect(parseDatetime(toIsoOffset(d, -330))?.getTime()).toBe(new Date('2022-11-02T07:28:23Z').getTime());
  });
  it('refuses an invalid Date', () => {
    expect(() => toIsoOffset(new Date('x'))).toThrow(RangeError);
  });
});

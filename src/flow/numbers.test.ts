import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberId, readNumber, type ReadOptions } from './numbers';

const read = (text: string, opts?: ReadOptions) => readNumber(text, opts);
const WHOLE: ReadOptions = { whole: true };

describe('readNumber: the notations people use here', () => {
  it.each([
    ['250.000', 250000],
    ['Rp 250.000', 250000],
    ['Rp250.000', 250000],
    ['Rp. 1.500.000', 1500000],
    ['IDR 1.500.000', 1500000],
    ['1.500.000 IDR', 1500000],
    ['1.500.000,50', 1500000.5],
    ['150,000', 150000],
    ['1,500,000', 1500000],
    ['1,500,000.50', 1500000.5],
    ['1 500 000', 1500000],
    ['1\u00a0500\u00a0000', 1500000],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['12.75', 12.75],
    ['0,125', 0.125],
    ['1500,000', 1500],
    [',5', 0.5],
    ['-5000', -5000],
    ['\u22125000', -5000],
    ['+7', 7],
    ['  42  ', 42],
  ])('%s is %d for an amount', (text, value) => {
    expect(read(text, WHOLE)).toEqual({ ok: true, value, ambiguous: false });
  });

  it('a lone mark before three digits is read the Indonesian way, and said to be ambiguous', () => {
    expect(read('1.500')).toEqual({ ok: true, value: 1500, ambiguous: true });
    expect(read('1,500')).toEqual({ ok: true, value: 1.5, ambiguous: true });
    expect(read('250.000')).toEqual({ ok: true, value: 250000, ambiguous: true });
  });

  it('an amount has no such doubt: rupiah have no fractions, so the mark groups thousands', () => {
    expect(read('1.500', WHOLE)).toEqual({ ok: true, value: 1500, ambiguous: false });
    expect(read('1,500', WHOLE)).toEqual({ ok: true, value: 1500, ambiguous: false });
  });

  it('a known decimal mark (a spreadsheet locale) settles it', () => {
    expect(read('1.500', { decimal: '.' })).toEqual({ ok: true, value: 1.5, ambiguous: false });
    expect(read('1,500', { decimal: '.' })).toEqual({ ok: true, value: 1500, ambiguous: false });
    expect(read('1,500', { decimal: ',' })).toEqual({ ok: true, value: 1.5, ambiguous: false });
    expect(read('1.500,25', { decimal: ',' })).toEqual({ ok: true, value: 1500.25, ambiguous: false });
    expect(read('1.500,25', { decimal: '.' })).toEqual({ ok: false });
    expect(read('12.5', { decimal: ',' })).toEqual({ ok: false });
  });

  it.each([
    '',
    ' ',
    'abc',
    '12a',
    '1.2.3',
    '1.50.000',
    '1,5,0',
    '5.',
    '1.500,000,5',
    '1,500.000.5',
    '--5',
    '1e3',
    'Rp',
    '2,5 kg',
    '1'.repeat(65),
  ])('%j is not a number', (text) => {
    expect(read(text)).toEqual({ ok: false });
  });

  it('takes JavaScript numbers as they are and refuses what is not a string or a finite number', () => {
    expect(readNumber(2.5)).toEqual({ ok: true, value: 2.5, ambiguous: false });
    expect(readNumber(Number.NaN)).toEqual({ ok: false });
    expect(readNumber(null)).toEqual({ ok: false });
    expect(readNumber(['1'])).toEqual({ ok: false });
  });
});

describe('formatNumberId', () => {
  it('writes amounts grouped and plain numbers without grouping, decimals with a comma', () => {
    expect(formatNumberId(250000, true)).toBe('250.000');
    expect(formatNumberId(1500000.5, true)).toBe('1.500.000,5');
    expect(formatNumberId(1500, false)).toBe('1500');
    expect(formatNumberId(2.5, false)).toBe('2,5');
    expect(formatNumberId(-1234.5, true)).toBe('-1.234,5');
  });

  it('is read back to the same value, amounts and plain numbers alike', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          // numbers JavaScript writes with an exponent are beyond what anyone types
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => !String(n).includes('e')),
        ),
        fc.boolean(),
        (n, group) => {
          const back = readNumber(formatNumberId(n, group));
          expect(back.ok && back.value).toBe(n === 0 ? 0 : n);
        },
      ),
    );
  });
});

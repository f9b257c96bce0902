import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyKindFlowRaw } from '../fixtures';
import { normaliseFlow } from '../normalise';
import type { FieldSpec } from '../types';
import { fieldReader, halfReader, pointOfHalves, unitReader, type CellReading } from './cells';
import type { Cell } from './types';

const flow = normaliseFlow(everyKindFlowRaw);
const field = (id: string): FieldSpec => flow.fields.find((f) => f.id === id)!;
const read = (id: string, cell: Cell, opts = {}) => fieldReader(field(id), opts)(cell);
const value = (r: CellReading) => (r.ok ? r.value : `error:${r.error.key}`);
const JAKARTA = { lat: -6.2, lng: 106.8 };

describe('text, address and url cells', () => {
  it('are kept as written, trimmed', () => {
    expect(value(read('name', '  Ana Wijaya '))).toBe('Ana Wijaya');
    expect(value(read('addr', 'Jl. Sudirman 1, Jakarta'))).toBe('Jl. Sudirman 1, Jakarta');
    expect(value(read('site', ' https://example.com/a '))).toBe('https://example.com/a');
  });

  it('write numbers as JavaScript does and date cells as dates', () => {
    expect(value(read('name', 12345))).toBe('12345');
    expect(value(read('name', new Date(Date.UTC(2024, 4, 1))))).toBe('2024-05-01');
  });

  it('are empty when blank', () => {
    expect(value(read('name', '   '))).toBeUndefined();
    expect(value(read('name', null))).toBeUndefined();
  });
});

describe('phone cells', () => {
  it('keep a leading zero written as text', () => {
    expect(value(read('phone', '081234567890'))).toBe('081234567890');
    expect(value(read('phone', ' 0812-3456-789 '))).toBe('0812-3456-789');
  });

  it('give back the zero an .xlsx number cell dropped from a mobile number', () => {
    expect(value(read('phone', 8123456789))).toBe('08123456789');
    expect(value(read('phone', 81234567890))).toBe('081234567890');
    // Excel exports such a cell to CSV as the same digits
    expect(value(read('phone', '8123456789'))).toBe('08123456789');
  });

  it('keep numbers with the country code, and other numbers, as they are', () => {
    expect(value(read('phone', 6281234567890))).toBe('6281234567890');
    expect(value(read('phone', '+62 812 3456 7890'))).toBe('+62 812 3456 7890');
    expect(value(read('phone', 215550123))).toBe('215550123');
  });
});

describe('number and amount cells', () => {
  it('take number cells as they are', () => {
    expect(value(read('weight', 2.5))).toBe(2.5);
    expect(value(read('cod', 1500000))).toBe(1500000);
  });

  it('read decimal commas of a ;-separated CSV and dots of an English one', () => {
    expect(value(read('weight', '2,5'))).toBe(2.5);
    expect(value(read('weight', '2.5'))).toBe(2.5);
    expect(value(read('weight', '1.250,75'))).toBe(1250.75);
    expect(value(read('weight', '2,5', { decimal: ',' }))).toBe(2.5);
    expect(value(read('weight', '1.500', { decimal: ',' }))).toBe(1500);
  });

  it('read rupiah amounts as the form does: dots group thousands', () => {
    expect(value(read('cod', 'Rp 1.500.000'))).toBe(1500000);
    expect(value(read('cod', 'Rp1.500'))).toBe(1500);
    expect(value(read('cod', 'IDR 250,000'))).toBe(250000);
  });

  it('refuse what is not a number, with the message of the kind', () => {
    expect(value(read('weight', '2,5 kg'))).toBe('error:number');
    expect(value(read('cod', 'gratis'))).toBe('error:amount');
    expect(value(read('weight', true))).toBe('error:number');
    expect(value(read('weight', '2.5', { decimal: ',' }))).toBe('error:number');
  });
});

describe('units', () => {
  const unit = unitReader(field('weight'));
  it('match a unit in any case, spelled as the flow spells it', () => {
    expect(value(unit('kg'))).toBe('KG');
    expect(value(unit(' G '))).toBe('G');
    expect(value(unit(''))).toBeUndefined();
  });

  it('refuse other units on the unit key', () => {
    const r = unit('lb');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ field: 'weight_unit', key: 'unit', params: { options: 'KG, G' } });
  });
});

describe('date cells', () => {
  it.each<[Cell, string]>([
    [new Date(Date.UTC(2024, 7, 17)), '2024-08-17'],
    [45678, '2025-01-21'],
    [45678.75, '2025-01-21'],
    ['45678', '2025-01-21'],
    ['17/08/2024', '2024-08-17'],
    ['17-08-2024', '2024-08-17'],
    ['17.8.24', '2024-08-17'],
    ['2024-08-17', '2024-08-17'],
    ['2024/8/17', '2024-08-17'],
    ['17 Agustus 2024', '2024-08-17'],
    ['17 agt 2024', '2024-08-17'],
    ['17-Ags-2024', '2024-08-17'],
    ['1 Mei 2024', '2024-05-01'],
    ['1 Desember 2024', '2024-12-01'],
    ['5 Okt 2024', '2024-10-05'],
    ['Sabtu, 17 Agustus 2024', '2024-08-17'],
    ['17 August 2024', '2024-08-17'],
    ['Aug 17, 2024', '2024-08-17'],
    ['08/17/2024', '2024-08-17'],
    ['01/05/2024 00:00', '2024-05-01'],
  ])('%s → %s', (cell, wire) => {
    expect(value(read('day', cell))).toBe(wire);
  });

  it('refuse days that are not in the calendar, and text that is no date', () => {
    for (const cell of ['31/02/2024', '2024-13-01', '17 Agustusan 2024', 'besok', 60, -1, true])
      expect(value(read('day', cell)), String(cell)).toBe('error:cellDate');
  });

  it('read Excel serials of the 1900 system, with its missing 29 February', () => {
    expect(value(read('day', 1))).toBe('1900-01-01');
    expect(value(read('day', 59))).toBe('1900-02-28');
    expect(value(read('day', 61))).toBe('1900-03-01');
    expect(value(read('day', 45292))).toBe('2024-01-01');
  });
});

describe('datetime cells', () => {
  it.each<[Cell, string]>([
    [new Date(Date.UTC(2024, 4, 1, 8, 30)), '2024-05-01 08:30:00'],
    // a date cell's fraction of a day read back a millisecond short
    [new Date(Date.UTC(2024, 4, 1, 8, 29, 59, 999)), '2024-05-01 08:30:00'],
    [45678.5, '2025-01-21 12:00:00'],
    [45292.999999, '2024-01-02 00:00:00'],
    ['01/05/2024 08:30', '2024-05-01 08:30:00'],
    ['01/05/2024 08.30', '2024-05-01 08:30:00'],
    ['1 Mei 2024 pukul 8.30', '2024-05-01 08:30:00'],
    ['2024-05-01T08:30', '2024-05-01 08:30:00'],
    ['2024-05-01 8:30 PM', '2024-05-01 20:30:00'],
    ['01/05/2024', '2024-05-01 00:00:00'],
    ['2024-05-01 08:30:00', '2024-05-01 08:30:00'],
    ['2024-05-01T08:30:00+08:00', '2024-05-01T08:30:00+08:00'],
  ])('%s → %s', (cell, wire) => {
    expect(value(read('ready', cell))).toBe(wire);
  });

  it('refuse a time that is not one', () => {
    expect(value(read('ready', '01/05/2024 25:00'))).toBe('error:cellDatetime');
    expect(value(read('ready', 'soon'))).toBe('error:cellDatetime');
  });
});

describe('time cells', () => {
  it.each<[Cell, string]>([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    ['08.00', '08:00'],
    ['8.30 WIB', '08:30'],
    ['8:00 AM', '08:00'],
    ['12:15 am', '00:15'],
    ['8 PM', '20:00'],
    ['08:00:30', '08:00:30'],
    [0.5, '12:00'],
    [0.75, '18:00'],
    [45678.25, '06:00'],
    [new Date(Date.UTC(1899, 11, 30, 7, 45)), '07:45'],
  ])('%s → %s', (cell, wire) => {
    expect(value(read('opens', cell))).toBe(wire);
  });

  it('refuse a whole number (a day, not an hour) and clocks that do not exist', () => {
    for (const cell of [8, '24:00', '8', '13 PM', '08:60'])
      expect(value(read('opens', cell)), String(cell)).toBe('error:cellTime');
  });
});

describe('location cells', () => {
  it('read one column in the forms the form reads, sent as lat,lng', () => {
    expect(fieldReader(field('spot'))('-6.2, 106.8', JAKARTA)).toEqual({ ok: true, value: '-6.2,106.8' });
    expect(value(read('spot', '-6,2; 106,8'))).toBe('-6.2,106.8');
    expect(value(read('spot', "6°12'S 106°48'E"))).toBe('-6.2,106.8');
  });

  it('turn a longitude-first pair round only near the hub', () => {
    expect(fieldReader(field('spot'))('106.8, -6.2', JAKARTA)).toEqual({ ok: true, value: '-6.2,106.8' });
  });

  it('refuse a number cell or text that is no place', () => {
    expect(value(read('spot', 106.8))).toBe('error:coordinates');
    expect(value(read('spot', 'Monas'))).toBe('error:coordinates');
  });

  it('read two columns with decimal points or commas, swapped only when they cannot be as labelled', () => {
    const half = halfReader(field('spot'));
    expect(value(half('-6,2'))).toBe(-6.2);
    expect(value(half(106.8))).toBe(106.8);
    expect(value(half('selatan'))).toBe('error:coordinates');
    expect(pointOfHalves(field('spot'), -6.2, 106.8)).toEqual({ ok: true, value: '-6.2,106.8' });
    expect(pointOfHalves(field('spot'), 106.8, -6.2)).toEqual({ ok: true, value: '-6.2,106.8' });
    expect(pointOfHalves(field('spot'), -6.2, 190)).toMatchObject({ ok: false, half: 'lng' });
  });
});

describe('select cells', () => {
  it('match an option in any case and spacing, spelled as the flow spells it', () => {
    expect(value(read('kind', 'Box'))).toBe('Box');
    expect(value(read('kind', ' envelope '))).toBe('Envelope');
  });

  it('refuse an unknown option and list the options', () => {
    const r = read('kind', 'Crate');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ key: 'option', params: { value: 'Crate', options: 'Box, Envelope' } });
  });

  it('read a multi-select separated by commas, semicolons or new lines', () => {
    expect(value(read('extras', 'Fragile, Express'))).toEqual(['Fragile', 'Express']);
    expect(value(read('extras', 'fragile; express'))).toEqual(['Fragile', 'Express']);
    expect(value(read('extras', 'Fragile\nInsurance'))).toEqual(['Fragile', 'Insurance']);
    expect(value(read('extras', 'Fragile, fragile,'))).toEqual(['Fragile']);
    expect(value(read('extras', 'Fragile, Nope'))).toBe('error:option');
  });

  it('take a whole cell that is one option holding a comma as that option', () => {
    const multi: FieldSpec = { ...field('extras'), options: ['Fragile, handle with care', 'Express'] };
    expect(value(fieldReader(multi)('Fragile, handle with care'))).toEqual(['Fragile, handle with care']);
    expect(value(fieldReader(multi)('fragile, handle with care; Express'))).toEqual([
      'Fragile, handle with care',
      'Express',
    ]);
  });
});

describe('every kind', () => {
  it('reads any cell without throwing', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...flow.fields), cell, (f, c) => {
        const r = fieldReader(f)(c, JAKARTA);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

// One spreadsheet cell → the POST /task value of its component, per kind, the way the person meant it
// (docs/decisions/040-reading-spreadsheet-cells.md). The wire formats stay those of field-checks.ts; the
// same body is then checked by validate.ts, as the form's.
import { formatCoordinates, readCoordinates, type LatLng } from '../coordinates';
import { isDatetime, isTime } from '../datetime';
import { unhandledKind } from '../field-kinds';
import { readNumber, type ReadOptions } from '../numbers';
import type { FailedCode, FieldError, FieldSpec, MessageKey } from '../types';
import { clockOfCell, formatClock, formatDate, formatDatetime, wallOfCell, wallOfUtc } from './cell-dates';
import type { Cell } from './types';

export interface CellOptions {
  /** the decimal mark of the file, when its source says (a `;`-separated CSV writes decimal commas) */
  decimal?: ',' | '.';
}

export type CellReading = { ok: true; value: unknown } | { ok: false; error: FieldError };
/** Reads one cell of a component's column; `hub` is the row's hub, near which coordinates usually are. */
export type FieldReader = (cell: Cell, hub?: LatLng) => CellReading;

const EMPTY: CellReading = { ok: true, value: undefined };
/** An Indonesian mobile number whose leading 0 a spreadsheet dropped: 8123456789 was 08123456789. */
const MOBILE_WITHOUT_ZERO = /^8\d{8,11}$/;
const HALF = /^[+-]?\d+(?:[.,]\d+)?$/;
const MULTI_SEPARATORS = /[;\n\r]+/;
const SPACES = /\s+/g;
/** Options listed in a message are cut short: a select may have hundreds. */
const MAX_LISTED = 20;

const optionKey = (text: string): string => text.trim().toLowerCase().replace(SPACES, ' ');

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text: numbers as JavaScript writes them, date cells as `Y-m-d` (with the time when it has one). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const at = wallOfUtc(cell);
    if (!at) return '';
    return at.h === 0 && at.mi === 0 && at.s === 0 ? formatDate(at) : formatDatetime(at);
  }
  return String(cell).trim();
}

function failed(
  f: FieldSpec,
  code: FailedCode,
  key: MessageKey,
  extra?: Record<string, string>,
): CellReading {
  return { ok: false, error: { field: f.id, code, key, params: { title: f.title, ...extra } } };
}

const listed = (items: readonly string[]): string =>
  items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join(', ')}, …` : items.join(', ');

function readText(cell: Cell): CellReading {
  return isEmptyCell(cell) ? EMPTY : { ok: true, value: cellText(cell) };
}

function readPhone(cell: Cell): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  const text = cellText(cell);
  return { ok: true, value: MOBILE_WITHOUT_ZERO.test(text) ? `0${text}` : text };
}

function numberReader(f: FieldSpec, opts: CellOptions): FieldReader {
  // The form's reading (task-form's readOptionsOf): amounts without decimals in the flow are whole rupiah.
  const read: ReadOptions = { whole: f.kind === 'currency' && (f.decimals ?? 0) === 0 };
  if (opts.decimal !== undefined) read.decimal = opts.decimal;
  const key = f.kind === 'currency' ? 'amount' : 'number';
  return (cell) => {
    if (isEmptyCell(cell)) return EMPTY;
    const n = readNumber(typeof cell === 'number' ? cell : cellText(cell), read);
    return n.ok ? { ok: true, value: n.value } : failed(f, 'task-009', key);
  };
}

function readDate(f: FieldSpec, cell: Cell): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  const at = wallOfCell(cell);
  return at ? { ok: true, value: formatDate(at.at) } : failed(f, 'task-008', 'cellDate');
}

function readDatetime(f: FieldSpec, cell: Cell): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'string' && isDatetime(cell.trim())) return { ok: true, value: cell.trim() };
  const at = wallOfCell(cell);
  return at ? { ok: true, value: formatDatetime(at.at) } : failed(f, 'task-008', 'cellDatetime');
}

function readTime(f: FieldSpec, cell: Cell): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'string' && isTime(cell.trim())) return { ok: true, value: cell.trim() };
  const clock = clockOfCell(cell);
  return clock ? { ok: true, value: formatClock(clock) } : failed(f, 'task-018', 'cellTime');
}

function readLocation(f: FieldSpec, cell: Cell, hub: LatLng | undefined): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  const r = typeof cell === 'string' ? readCoordinates(cell, hub) : null;
  return r?.ok ? { ok: true, value: r.wire } : failed(f, 'task-012', 'coordinates');
}

/** Options by their text in any case and spacing; the flow's own spelling is what is sent. */
function optionIndex(f: FieldSpec): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const o of f.options ?? []) if (!index.has(optionKey(o))) index.set(optionKey(o), o);
  return index;
}

function selectReader(f: FieldSpec): FieldReader {
  const options = new Set(f.options ?? []);
  const index = optionIndex(f);
  const choices = listed(f.options ?? []);
  const find = (text: string): string | undefined => (options.has(text) ? text : index.get(optionKey(text)));
  const unknown = (value: string) => failed(f, 'task-017', 'option', { value, options: choices });
  if (!f.multiple)
    return (cell) => {
      if (isEmptyCell(cell)) return EMPTY;
      const text = cellText(cell);
      const option = find(text);
      return option === undefined ? unknown(text) : { ok: true, value: option };
    };
  return (cell) => {
    if (isEmptyCell(cell)) return EMPTY;
    const text = cellText(cell);
    // An option may itself hold a comma: the whole cell is tried as one option first.
    const whole = find(text);
    if (whole !== undefined) return { ok: true, value: [whole] };
    const picked: string[] = [];
    for (const item of text.split(MULTI_SEPARATORS.test(text) ? MULTI_SEPARATORS : ',')) {
      if (item.trim() === '') continue;
      const option = find(item);
      if (option === undefined) return unknown(item.trim());
      if (!picked.includes(option)) picked.push(option);
    }
    return { ok: true, value: picked };
  };
}

/** The reader of a component's column; every kind has one, so a new kind is a compile error here. */
export function fieldReader(f: FieldSpec, opts: CellOptions = {}): FieldReader {
  switch (f.kind) {
    case 'text':
    case 'address':
    case 'url':
      return readText;
    case 'phone':
      return readPhone;
    case 'number':
    case 'currency':
      return numberReader(f, opts);
    case 'date':
      return (cell) => readDate(f, cell);
    case 'datetime':
      return (cell) => readDatetime(f, cell);
    case 'time':
      return (cell) => readTime(f, cell);
    case 'geolocation':
      return (cell, hub) => readLocation(f, cell, hub);
    case 'select':
      return selectReader(f);
    case 'view':
    case 'mobile':
    case 'unsupported':
      return () => EMPTY; // no value at creation: never an import target
    default:
      return unhandledKind(f.kind);
  }
}

/** The unit column of a number with units: one of its units in any case; empty means the first unit. */
export function unitReader(f: FieldSpec): (cell: Cell) => CellReading {
  const index = new Map((f.units ?? []).map((u) => [optionKey(u), u]));
  const field = `${f.id}_unit`;
  const options = listed(f.units ?? []);
  return (cell) => {
    if (isEmptyCell(cell)) return EMPTY;
    const unit = index.get(optionKey(cellText(cell)));
    if (unit !== undefined) return { ok: true, value: unit };
    return {
      ok: false,
      error: { field, code: 'task-017', key: 'unit', params: { title: f.title, options } },
    };
  };
}

/** One half of a location given in two columns: a number, with a decimal point or a decimal comma. */
export function halfReader(f: FieldSpec): (cell: Cell) => CellReading {
  return (cell) => {
    if (isEmptyCell(cell)) return EMPTY;
    if (typeof cell === 'number')
      return Number.isFinite(cell) ? { ok: true, value: cell } : failed(f, 'task-012', 'coordinates');
    const text = cellText(cell).replace('\u2212', '-');
    return HALF.test(text)
      ? { ok: true, value: Number(text.replace(',', '.')) }
      : failed(f, 'task-012', 'coordinates');
  };
}

/**
 * Latitude and longitude from their two columns → the wire "lat,lng". Swapped only when they cannot be
 * as labelled; otherwise the half out of range is named.
 */
export function pointOfHalves(
  f: FieldSpec,
  lat: number,
  lng: number,
): { ok: true; value: string } | { ok: false; half: 'lat' | 'lng'; error: FieldError } {
  const fits = (a: number, b: number) => Math.abs(a) <= 90 && Math.abs(b) <= 180;
  if (fits(lat, lng)) return { ok: true, value: formatCoordinates({ lat, lng }) };
  if (fits(lng, lat)) return { ok: true, value: formatCoordinates({ lat: lng, lng: lat }) };
  const error: FieldError = { field: f.id, code: 'task-012', key: 'coordinates', params: { title: f.title } };
  return { ok: false, half: Math.abs(lat) > 90 ? 'lat' : 'lng', error };
}

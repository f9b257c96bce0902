// The few kinds whose input element speaks another format than MileApp: datetime-local gives
// `Y-m-dTH:i`, MileApp wants `Y-m-d H:i:s`; coordinates and numbers are typed loosely and sent strictly.
import { formatCoordinates, parseCoordinates } from '../../../flow/coordinates';
import { formatNumberId, readNumber, type ReadOptions } from '../../../flow/numbers';
import type { FieldSpec } from '../../../flow/types';

const isNumberKind = (f: FieldSpec) => f.kind === 'number' || f.kind === 'currency';

/** How the form reads a number field: amounts without decimals in the flow are whole rupiah. */
export function readOptionsOf(field: FieldSpec): ReadOptions {
  return { whole: field.kind === 'currency' && (field.decimals ?? 0) === 0 };
}

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?$/;
const WIRE_DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?/;

/** A form value → the value src/flow validates and sends. */
export function toFlowValue(field: FieldSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (isNumberKind(field)) {
    // Unreadable text stays as typed: validation then says which forms are understood.
    const n = readNumber(value, readOptionsOf(field));
    return n.ok ? n.value : value;
  }
  if (field.kind === 'datetime') {
    const m = LOCAL_DATETIME.exec(value);
    return m ? `${m[1]} ${m[2]}${m[3] ?? ':00'}` : value;
  }
  if (field.kind === 'geolocation') {
    // Whatever shape was typed or pasted, the wire form is the strict "lat,lng".
    const p = parseCoordinates(value);
    return p ? formatCoordinates(p) : value;
  }
  return value;
}

/** A value in MileApp's format (a default, a draft, a duplicated task) → what the input element shows. */
export function fromFlowValue(field: FieldSpec, value: unknown): unknown {
  if (field.kind === 'select' && field.multiple) {
    if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
    return typeof value === 'string' && value !== '' ? [value] : [];
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Written the way the field reads it back, so a reload never turns 250.000 rupiah into 250.
    return isNumberKind(field) ? formatNumberId(value, field.kind === 'currency') : String(value);
  }
  if (typeof value !== 'string') return '';
  if (field.kind === 'datetime') {
    const m = WIRE_DATETIME.exec(value);
    return m ? `${m[1]}T${m[2]}${m[3] ?? ''}` : value;
  }
  return value;
}

// The few kinds whose input element speaks another format than MileApp: datetime-local gives
// `Y-m-dTH:i`, MileApp wants `Y-m-d H:i:s`; coordinates are typed loosely and sent strictly.
import { formatCoordinates, parseCoordinates } from '../../flow/coordinates';
import type { FieldSpec } from '../../flow/types';

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?$/;
const WIRE_DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?/;

/** A form value → the value src/flow validates and sends. */
export function toFlowValue(field: FieldSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
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
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  if (field.kind === 'datetime') {
    const m = WIRE_DATETIME.exec(value);
    return m ? `${m[1]}T${m[2]}${m[3] ?? ''}` : value;
  }
  return value;
}

// The per-kind format rules of a component value (validate.ts decides when they apply).
import { isCoordinateString } from './coordinates';
import { isDate, isDatetime, isTime } from './datetime';
import { unhandledKind } from './field-kinds';
import type { FailedCode, FieldError, FieldSpec, MessageKey } from './types';

// Unambiguous patterns (no nested or adjacent quantifiers over the same characters): linear time on
// hostile input.
const NUMERIC = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const PHONE = /^\+?[\d -]+$/;
const WHITESPACE = /\s/;
const MAX_PHONE_LENGTH = 40;

export function fieldError(
  f: FieldSpec,
  code: FailedCode,
  key: MessageKey,
  extra?: Record<string, number>,
): FieldError {
  return { field: f.id, code, key, params: { title: f.title, ...extra } };
}

export function isNumeric(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const s = v.trim();
  return NUMERIC.test(s) && Number.isFinite(Number(s));
}

/** Digits after the decimal point of a finite number, as JavaScript writes it (1e-7 counts 7). */
function fractionDigits(n: number): number {
  const [mantissa = '', exponent] = Math.abs(n).toString().split('e');
  const digits = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, digits - Number(exponent ?? 0));
}

/** A value that is a number: in the flow's range, and for an amount not negative nor finer than allowed. */
function checkNumber(f: FieldSpec, value: unknown): FieldError | null {
  const amount = f.kind === 'currency';
  if (!isNumeric(value)) return fieldError(f, 'task-009', amount ? 'amount' : 'number');
  const n = Number(typeof value === 'string' ? value.trim() : value);
  if (amount && n < 0) return fieldError(f, 'task-009', 'negative');
  const decimals = f.decimals ?? 0;
  if (amount && fractionDigits(n) > decimals)
    return decimals === 0
      ? fieldError(f, 'task-009', 'wholeAmount')
      : fieldError(f, 'task-009', 'fraction', { decimals });
  if (f.minValue !== undefined && n < f.minValue)
    return fieldError(f, 'task-009', 'belowMin', { min: f.minValue });
  if (f.maxValue !== undefined && n > f.maxValue)
    return fieldError(f, 'task-009', 'aboveMax', { max: f.maxValue });
  return null;
}

function isPhone(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > MAX_PHONE_LENGTH || !PHONE.test(v)) return false;
  let digits = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) digits++;
  return digits >= 6 && digits <= 20;
}

function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string' || WHITESPACE.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function checkChoices(f: FieldSpec, value: unknown, options: ReadonlySet<string>): FieldError | null {
  if (!f.multiple)
    return typeof value === 'string' && options.has(value) ? null : fieldError(f, 'task-017', 'option');
  if (!Array.isArray(value)) return fieldError(f, 'task-011', 'array');
  const seen = new Set<string>();
  for (const v of value) {
    if (typeof v !== 'string' || !options.has(v) || seen.has(v)) return fieldError(f, 'task-017', 'option');
    seen.add(v);
  }
  if (f.min !== undefined && value.length < f.min)
    return fieldError(f, 'task-017', 'minChoices', { min: f.min });
  if (f.max !== undefined && value.length > f.max)
    return fieldError(f, 'task-017', 'maxChoices', { max: f.max });
  return null;
}

/** The format error of a present value, or null. `options` is the select's option set. */
export function checkValue(f: FieldSpec, value: unknown, options?: ReadonlySet<string>): FieldError | null {
  switch (f.kind) {
    case 'text':
    case 'address':
      return typeof value === 'string' ? null : fieldError(f, 'task-003', 'text');
    case 'number':
    case 'currency':
      return checkNumber(f, value);
    case 'phone':
      return isPhone(value) ? null : fieldError(f, 'task-006', 'phone');
    case 'url':
      return isHttpUrl(value) ? null : fieldError(f, 'task-007', 'url');
    case 'date':
      return isDate(value) ? null : fieldError(f, 'task-008', 'date');
    case 'datetime':
      return isDatetime(value) ? null : fieldError(f, 'task-008', 'datetime');
    case 'time':
      return isTime(value) ? null : fieldError(f, 'task-018', 'time');
    case 'geolocation':
      return isCoordinateString(value) ? null : fieldError(f, 'task-012', 'coordinates');
    case 'select':
      return checkChoices(f, value, options ?? new Set());
    case 'view':
    case 'mobile':
    case 'unsupported':
      return null; // no value at creation: never sent, so nothing to check
    default:
      return unhandledKind(f.kind);
  }
}

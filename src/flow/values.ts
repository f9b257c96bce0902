// Reading form values and bodies safely: they may come from JSON with keys like `constructor` or
// `__proto__`, so only own properties count, and "empty" means the same thing everywhere.
import type { FieldValues } from './types';

export function own(values: FieldValues, key: string): unknown {
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

/** Absent: undefined, null, '' (or only spaces), []. */
export function isAbsent(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  return Array.isArray(v) && v.length === 0;
}

/** Sets a key as an own data property, even `__proto__` (plain assignment would change the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

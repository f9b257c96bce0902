// Query parameters as zod schemas, read as MileApp reads them: a repeated parameter counts as its last
// value, a blank one as absent, unknown ones are ignored; a bad value is refused naming the parameter,
// with the failedCode of the route's module (`task-009`, `hub-017`).
import * as z from 'zod';
import { refusal } from './refusal';

/** One parameter's schema, made once its name and module are known. */
type Param<S extends z.ZodType> = (name: string, module: string) => S;

/** A route's query: its parameters in the order they are checked. */
export function queryParams<P extends Record<string, Param<z.ZodType>>>(module: string, params: P) {
  const shape = Object.fromEntries(
    Object.entries(params).map(([name, param]) => [name, param(name, module)]),
  );
  return z.object(shape as { [K in keyof P]: ReturnType<P[K]> });
}

/** The parameter's last value, trimmed; undefined when absent or blank. */
export const lastValue = z
  .unknown()
  .optional()
  .transform((v) => {
    const last: unknown = Array.isArray(v) ? v[v.length - 1] : v;
    return typeof last === 'string' && last.trim() !== '' ? last.trim() : undefined;
  });

/** Text, trimmed. */
export const text = () => () => lastValue;

/** `a,b, c` → ['a','b','c']. */
export const list = () => () =>
  lastValue.transform((raw) => {
    const items = raw
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return items !== undefined && items.length > 0 ? items : undefined;
  });

/** A whole number in [min, max], `fallback` when absent. */
export const int =
  ({ min, max, fallback }: { min: number; max: number; fallback: number }) =>
  (name: string, module: string) =>
    lastValue
      .transform((raw) => (raw === undefined ? fallback : /^\d+$/.test(raw) ? Number(raw) : NaN))
      .refine(
        (n) => Number.isSafeInteger(n) && n >= min && n <= max,
        refusal(`${module}-009`, `The ${name} must be an integer between ${min} and ${max}.`),
      );

/** One of `allowed` (in any case when `caseInsensitive`), spelled as listed there; `fallback` when absent. */
export function oneOf<const T extends string>(
  allowed: readonly T[],
  opts: { fallback: T; caseInsensitive?: boolean },
): Param<z.ZodType<T>>;
export function oneOf<const T extends string>(
  allowed: readonly T[],
  opts?: { caseInsensitive?: boolean },
): Param<z.ZodType<T | undefined>>;
export function oneOf<const T extends string>(
  allowed: readonly T[],
  { fallback, caseInsensitive = false }: { fallback?: T; caseInsensitive?: boolean } = {},
): Param<z.ZodType<T | undefined>> {
  const find = (raw: string) =>
    allowed.find((a) => (caseInsensitive ? a.toLowerCase() === raw.toLowerCase() : a === raw));
  return (name, module) =>
    lastValue
      .refine(
        (raw) => raw === undefined || find(raw) !== undefined,
        refusal(`${module}-017`, `The selected ${name} is invalid (one of: ${allowed.join(', ')}).`),
      )
      .transform((raw) => (raw === undefined ? fallback : find(raw)));
}

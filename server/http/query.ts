// Reading query parameters; a bad value is a 400 naming the parameter (QueryError), never a 500.
import { QueryError } from './envelope';

export type Query = Record<string, unknown>;

/** A repeated parameter (`?a=1&a=2`) counts as its last value. */
export function param(q: Query, name: string): string | undefined {
  const v = q[name];
  const last: unknown = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof last === 'string' && last.trim() !== '' ? last.trim() : undefined;
}

export function intParam(
  q: Query,
  name: string,
  opts: { module: string; min: number; max: number; fallback: number },
): number {
  const raw = param(q, name);
  if (raw === undefined) return opts.fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < opts.min || n > opts.max)
    throw new QueryError(
      name,
      `${opts.module}-009`,
      `The ${name} must be an integer between ${opts.min} and ${opts.max}.`,
    );
  return n;
}

export function enumParam<T extends string>(
  q: Query,
  name: string,
  allowed: readonly T[],
  opts: { module: string; fallback: T; caseInsensitive?: boolean },
): T;
export function enumParam<T extends string>(
  q: Query,
  name: string,
  allowed: readonly T[],
  opts: { module: string; fallback?: undefined; caseInsensitive?: boolean },
): T | undefined;
export function enumParam<T extends string>(
  q: Query,
  name: string,
  allowed: readonly T[],
  opts: { module: string; fallback?: T; caseInsensitive?: boolean },
): T | undefined {
  const raw = param(q, name);
  if (raw === undefined) return opts.fallback;
  const found = allowed.find((a) =>
    opts.caseInsensitive ? a.toLowerCase() === raw.toLowerCase() : a === raw,
  );
  if (found === undefined)
    throw new QueryError(
      name,
      `${opts.module}-017`,
      `The selected ${name} is invalid (one of: ${allowed.join(', ')}).`,
    );
  return found;
}

/** `a,b, c` → ['a','b','c']; undefined when absent. */
export function listParam(q: Query, name: string): string[] | undefined {
  const raw = param(q, name);
  if (raw === undefined) return undefined;
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length > 0 ? items : undefined;
}

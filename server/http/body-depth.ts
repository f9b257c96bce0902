// JSON.parse takes any nesting, but everything after it that walks the value recursively (serialising the
// task, hashing an Idempotency-Key body) would overflow the stack on `[[[[…]]]]` and answer 500.
// No MileApp body needs more than a few levels, so deeper ones are refused while the body is parsed,
// before any handler runs (400 sys-013, mapped in errors.ts).
import type { FastifyInstance } from 'fastify';

export const MAX_BODY_DEPTH = 32;

/** The error the JSON body parser fails with for a body nested deeper than MAX_BODY_DEPTH. */
export const BODY_TOO_DEEP = 'TC_BODY_TOO_DEEP';

/** Nesting depth of a parsed JSON value (a scalar is 0), counted without recursion, capped at `limit + 1`. */
export function depthOf(value: unknown, limit = MAX_BODY_DEPTH): number {
  if (typeof value !== 'object' || value === null) return 0;
  // Only containers are pushed (a wide body is mostly scalars), depths in a parallel array: no tuples.
  const stack: object[] = [value];
  const depths: number[] = [1];
  let deepest = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    const d = depths.pop()!;
    if (d > deepest && (deepest = d) > limit) return deepest;
    const push = (c: unknown) => {
      if (typeof c === 'object' && c !== null) {
        stack.push(c);
        depths.push(d + 1);
      }
    };
    // for…in, not Object.values: on an object of 300 000 keys it is about three times faster.
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) push(v[i]);
    else for (const k in v) push((v as Record<string, unknown>)[k]);
  }
  return deepest;
}

/**
 * Whether the JSON text opens more than `limit` objects and arrays in all (a `{` or `[` inside a string
 * counts too). When it does not, its nesting cannot be deeper than `limit`: a few native `indexOf` scans
 * (under a microsecond for a 7 KB task) instead of walking a parsed body of hundreds of keys (about 20 µs).
 */
export function mayNestDeeperThan(text: string, limit = MAX_BODY_DEPTH): boolean {
  let opened = 0;
  for (const c of ['{', '[']) {
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (++opened > limit) return true;
  }
  return false;
}

/** A 400 parse error known by its code alone: errors.ts answers each code with its own envelope. */
const failed = (code: string) => Object.assign(new Error(code), { code, statusCode: 400 });

/**
 * The scope's application/json parser: JSON.parse (no prototype-poisoning scan: validateTaskBody reports
 * `__proto__` and `constructor` as unknown fields), with the depth limit. Same answers as Fastify's own
 * parser for an empty or malformed body and for a leading byte order mark.
 */
export function parseJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    // A leading byte order mark (a file saved as "UTF-8 with BOM", sent with curl -d @file) is not JSON
    // but is accepted, as Fastify's own parser does.
    const body = (text as string).charCodeAt(0) === 0xfeff ? (text as string).slice(1) : (text as string);
    if (body === '') return done(failed('FST_ERR_CTP_EMPTY_JSON_BODY'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return done(failed('FST_ERR_CTP_INVALID_JSON_BODY'));
    }
    if (mayNestDeeperThan(body) && depthOf(parsed) > MAX_BODY_DEPTH) return done(failed(BODY_TOO_DEEP));
    done(null, parsed);
  });
}

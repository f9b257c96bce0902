// JSON.parse takes any nesting, but everything after it that walks the value recursively (serialising the
// task, hashing an Idempotency-Key body) would overflow the stack on `[[[[…]]]]` and answer 500.
// No MileApp body needs more than a few levels, so deeper ones are refused before any handler runs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendFailure } from './envelope';

export const MAX_BODY_DEPTH = 32;

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

export async function limitBodyDepth(request: FastifyRequest, reply: FastifyReply) {
  if (typeof request.body !== 'object' || request.body === null) return;
  if (depthOf(request.body) <= MAX_BODY_DEPTH) return;
  return sendFailure(
    reply,
    400,
    failure(`The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`, 'sys-013'),
  );
}

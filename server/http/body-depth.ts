// JSON.parse takes any nesting, but everything after it that walks the value recursively (serialising the
// task, hashing an Idempotency-Key body) would overflow the stack on `[[[[…]]]]` and answer 500.
// No MileApp body needs more than a few levels, so deeper ones are refused before any handler runs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendFailure } from './envelope';

export const MAX_BODY_DEPTH = 32;

/** Nesting depth of a parsed JSON value (a scalar is 0), counted without recursion, capped at `limit + 1`. */
export function depthOf(value: unknown, limit = MAX_BODY_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    const depth = d + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth]);
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

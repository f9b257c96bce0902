// How a route's declared checks refuse a request: each check carries MileApp's failedCode and message,
// and the first failing check (in the order the schema lists them) is the answer, under the field's name.
import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { failure, type Failure } from '../http/envelope';

interface RefusalParams {
  failedCode: string;
}

/** Options of a zod check (`.refine(ok, refusal(…))`): stop at this failure and answer it. */
export function refusal(failedCode: string, message: string, path?: string[]) {
  const params: RefusalParams = { failedCode };
  return { message, abort: true, params, ...(path ? { path } : {}) };
}

/** The 400 envelope for the first refused check; a check without a code of its own is `sys-003`. */
export function firstRefusal(issues: readonly ZodFastifySchemaValidationError[]): Failure {
  const first = issues[0];
  if (first === undefined) return failure('The given data was invalid.', 'sys-003');
  const field = first.instancePath.split('/')[1] || 'body';
  const message = first.message ?? 'The given data was invalid.';
  const params = first.params.params as Partial<RefusalParams> | undefined;
  return failure(message, params?.failedCode ?? 'sys-003', { [field]: [message] });
}

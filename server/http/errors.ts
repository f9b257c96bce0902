// The last line of defence: whatever goes wrong while handling a request becomes a MileApp envelope with
// a 4xx/5xx status, never a stack trace and never a crashed process.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { firstRefusal } from '../contracts/refusal';
import { BODY_TOO_DEEP, MAX_BODY_DEPTH } from './body-depth';
import { BODY_TOO_SLOW } from './connections';
import { failure, sendFailure, type Failure } from './envelope';

/** Fastify's own client errors (body parsing, content type, size), by error code. */
const CLIENT_ERRORS: Readonly<Record<string, [number, Failure]>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    failure('Unsupported Media Type: send the body as application/json.', 'sys-003'),
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, failure('Payload Too Large.', 'sys-040')],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    failure('The request body is empty but Content-Type is application/json.', 'sys-013'),
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    failure('The Content-Length header does not match the body.', 'sys-003'),
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, failure('Malformed JSON in the request body.', 'sys-013')],
  [BODY_TOO_DEEP]: [
    400,
    failure(`The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`, 'sys-013'),
  ],
};

export function installErrorHandler(
  app: FastifyInstance,
  onServerError: (err: unknown, request: FastifyRequest) => void,
): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err))
      return sendFailure(reply, 400, firstRefusal(err.validation));
    if (err.code === BODY_TOO_SLOW) {
      const slow = failure('Request Timeout: the request body came too slowly.', 'sys-003');
      return sendFailure(reply.header('connection', 'close'), 408, slow);
    }
    const known = err.code === undefined ? undefined : CLIENT_ERRORS[err.code];
    if (known) return sendFailure(reply, known[0], known[1]);
    // JSON.parse errors from the body parser carry statusCode 400 but no Fastify code.
    if (err instanceof SyntaxError || err.statusCode === 400)
      return sendFailure(reply, 400, failure('Malformed JSON in the request body.', 'sys-013'));
    // Upstream unreachable or timing out (proxy mode) is reported as such, not as our own failure.
    if (err.code?.startsWith('FST_REPLY_FROM_')) {
      const status = err.statusCode !== undefined && err.statusCode >= 502 ? err.statusCode : 502;
      return sendFailure(reply, status, failure('The upstream MileApp API did not answer.', 'sys-045'));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return sendFailure(reply, status, failure(err.message || 'Bad request.'));
    onServerError(err, request);
    return sendFailure(
      reply,
      500,
      failure('Internal server error, please contact support@mile.app.', 'sys-045'),
    );
  });
}

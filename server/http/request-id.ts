// One id per request, in every log line the request writes, in the X-Request-Id answer header and in
// the error envelope (docs/decisions/067): a user who reports an error hands over the id, and the
// operator finds that request's lines on whichever instance answered it.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The log field that carries it, the same name as the envelope's extra field. */
export const REQUEST_ID_LOG_LABEL = 'requestId';

/**
 * What a load balancer or client may hand us: a UUID, nginx's $request_id, a trace id. Anything longer or
 * with other characters is replaced, so a header can neither flood nor forge log lines.
 */
const SANE_ID = /^[A-Za-z0-9._:+=/-]{1,128}$/;

export function requestId(raw: string | string[] | undefined): string {
  return typeof raw === 'string' && SANE_ID.test(raw) ? raw : randomUUID();
}

/** Fastify's genReqId: runs before any hook, so every log line of the request carries the id. */
export function genReqId(req: IncomingMessage): string {
  return requestId(req.headers[REQUEST_ID_HEADER]);
}

/** Echoes the id on every answer made inside Fastify, including those refused by an early hook. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
}

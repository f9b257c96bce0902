// MileApp answers 406 when Accept names neither JSON nor a wildcard (mileapp-api.md §1).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendFailure } from './envelope';

const ACCEPTABLE =
  /(^|[,\s])(\*\/\*|application\/\*|application\/json|application\/[\w.+-]*\+json)\s*(;|,|$)/i;

export async function requireJsonAccept(request: FastifyRequest, reply: FastifyReply) {
  const accept = request.headers.accept;
  if (accept === undefined || accept.trim() === '' || ACCEPTABLE.test(accept)) return;
  return sendFailure(reply, 406, failure('Not Acceptable: this API answers application/json.', 'sys-003'));
}

// Bearer tokens (mileapp-api.md §1): the token's SHA-256 is looked up, never the token itself.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../store/org-writes';
import type { AuthUser, Store } from '../store/types';
import { sendFailure, UNAUTHENTICATED } from './envelope';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthUser;
  }
  interface FastifyContextConfig {
    /** answered without a token (405 routes: MileApp routes before it authenticates) */
    public?: boolean;
  }
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function authenticate(store: Store) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config.public === true) return;
    const m = BEARER.exec(request.headers.authorization ?? '');
    const user = m?.[1] === undefined ? undefined : store.findTokenUser(sha256(m[1]));
    if (user === undefined) return sendFailure(reply, 401, UNAUTHENTICATED);
    request.auth = user;
  };
}

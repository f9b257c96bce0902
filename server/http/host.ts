// The Host header is checked against a list (docs/decisions/050): a name this server was not set up to
// answer for is refused, so a page on another site that points its own DNS name at a local instance
// (DNS rebinding) reaches nothing, and a malformed Host never gets as far as building a URL from it.
import type { FastifyInstance } from 'fastify';
import { failure, sendFailure } from './envelope';

/** What `npm start` is reached by on its own machine, whatever the port. */
export const LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

declare module 'fastify' {
  interface FastifyRequest {
    /** scheme and host the answer's own URLs start with (paginator links) */
    publicOrigin: string;
  }
}

/** `example.com:8080` → `example.com`, `[::1]:80` → `::1`; undefined when it is no host name at all. */
export function hostName(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const m = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::(\d{1,5}))?$/i.exec(header.trim());
  if (m === null) return undefined;
  return (m[1] ?? m[2])!.toLowerCase();
}

export interface HostOptions {
  /** host names (no port) this server answers for; `*` = any */
  allowed: readonly string[];
  /** e.g. https://composer.example.com: the origin of the answers' own URLs, instead of the request's */
  publicUrl?: string;
}

export function checkHost(app: FastifyInstance, { allowed, publicUrl }: HostOptions): void {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  const any = names.has('*');
  app.decorateRequest('publicOrigin', '');
  app.addHook('onRequest', async (request, reply) => {
    // A probe (GET /health/*) names the instance by its address and tells nothing but ok or failing.
    if (request.routeOptions.config.probe === true) return;
    const name = hostName(request.headers.host);
    if (name === undefined || (!any && !names.has(name))) {
      const message = 'Bad Request: the Host header names no host this server answers for.';
      return sendFailure(reply, 400, failure(message, 'sys-003'));
    }
    request.publicOrigin = publicUrl ?? `${request.protocol}://${request.headers.host!.trim()}`;
  });
}

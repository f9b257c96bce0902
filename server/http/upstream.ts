// UPSTREAM mode: /api/v3/* goes to the real MileApp API unchanged, Authorization included, so a browser
// can use it without CORS trouble (docs/decisions/014-upstream-proxy.md).
import httpProxy from '@fastify/http-proxy';
import type { FastifyInstance } from 'fastify';

export async function registerUpstream(app: FastifyInstance, upstream: string): Promise<void> {
  const url = new URL(upstream);
  await app.register(httpProxy, {
    upstream: url.origin,
    prefix: '/api/v3',
    rewritePrefix: url.pathname.replace(/\/+$/, ''),
    // MileApp's answers, errors included, pass through as they are.
    replyOptions: { rewriteRequestHeaders: (_req, headers) => ({ ...headers, host: url.host }) },
  });
}

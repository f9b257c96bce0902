// The built web app (dist/) at `/`, with index.html for any other GET outside the API that does not
// name a file, so client-side routes survive a reload.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export function hasWebApp(dir: string | undefined): dir is string {
  return dir !== undefined && existsSync(join(dir, 'index.html'));
}

export async function registerWebApp(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, { root: dir, wildcard: false, index: 'index.html' });
  // Revalidated on every load: the service worker script, so that a new build's worker is found at
  // once, and the page, which names the build's hashed files (docs/decisions/024).
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    if (path === '/sw.js' || (html && !isApiPath(path))) void reply.header('cache-control', 'no-cache');
    return payload;
  });
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * A request for a file (`/assets/index-1a2b.js`, `/favicon.ico`): its last segment has an extension. A
 * missing one is a 404, never the page: the browser would try to run index.html as a script, and the
 * service worker would cache the page under the file's name on a broken deploy (decision 024).
 */
const isFilePath = (path: string) => /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));

/** True when it answered with index.html. */
export function spaFallback(request: FastifyRequest, reply: FastifyReply, dir: string | undefined): boolean {
  if (!hasWebApp(dir)) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (isApiPath(path) || isFilePath(path)) return false;
  void reply.type('text/html; charset=utf-8').sendFile('index.html', dir);
  return true;
}

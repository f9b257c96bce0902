// Fastify answers a known path with an unknown method as 404; MileApp answers 405 (mileapp-api.md §1.1).
// Every path registered in this scope gets a route for the other methods that says so.
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { failure, sendFailure } from './envelope';

const METHODS: HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Call first in a plugin scope; the returned function adds the 405 routes after the real ones. */
export function collectRoutes(app: FastifyInstance): () => void {
  const table = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // routePath: without the scope's prefix, which app.route adds again.
    const set = table.get(route.routePath) ?? new Set<string>();
    for (const m of methods) set.add(m);
    table.set(route.routePath, set);
  });
  return () => {
    for (const [url, registered] of [...table]) {
      const others = METHODS.filter((m) => !registered.has(m));
      if (others.length === 0) continue;
      const allow = METHODS.filter((m) => registered.has(m)).join(', ');
      app.route({
        method: others,
        url,
        config: { public: true },
        handler: (_req, reply) =>
          sendFailure(reply.header('allow', allow), 405, failure('Method Not Allowed.', 'sys-032')),
      });
    }
  };
}

// A stop signal (SIGTERM from a supervisor or load balancer, SIGINT from Ctrl-C) ends the process
// cleanly (docs/decisions/066): readiness fails at once, the port stops accepting connections, requests
// in flight finish within a grace period, the group commit is flushed, the store and Redis are closed,
// and the process exits 0. A second signal cuts the remaining connections without waiting.
import type { FastifyInstance } from 'fastify';
import type { Lifecycle } from './http/health';

export interface ShutdownOptions {
  app: FastifyInstance;
  lifecycle: Lifecycle;
  /** how long requests in flight may take before their connections are closed */
  graceMs: number;
  /** closes what the app used (store, Redis) once no request runs any more */
  release(): Promise<void>;
  exit(code: number): void;
}

export function gracefulShutdown({ app, lifecycle, graceMs, release, exit }: ShutdownOptions) {
  let stopping = false;
  const cutConnections = (why: string) => {
    app.log.warn(`${why}: closing the connections still open`);
    app.server.closeAllConnections();
  };
  return async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return cutConnections(`${signal} again`);
    stopping = true;
    lifecycle.draining = true;
    process.stdout.write(
      `${signal}: finishing the requests in flight (at most ${graceMs} ms), then stopping.\n`,
    );
    const timer = setTimeout(() => cutConnections(`${graceMs} ms grace period over`), graceMs);
    try {
      // Stops listening at once, waits for the requests in flight, then runs the onClose hooks
      // (the group commit's flush among them).
      await app.close();
      clearTimeout(timer);
      await release();
      process.stdout.write('Stopped.\n');
      exit(0);
    } catch (e) {
      clearTimeout(timer);
      process.stderr.write(`Stopping failed: ${e instanceof Error ? e.message : String(e)}\n`);
      exit(1);
    }
  };
}

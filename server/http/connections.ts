// How long a client may take and how many connections it may hold (docs/decisions/048). The numbers let
// a phone on a slow network (3G, about 48 KB/s) send a 2,000-task bulk of 8 MiB in under three minutes,
// while a connection that sends nothing, or a byte now and then, is closed within seconds.
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { failure } from './envelope';

export const TIMEOUTS = {
  /** the request line and headers (under a kilobyte from the web app) */
  headersMs: 15_000,
  /** the whole request, body included: 8 MiB at 28 KB/s */
  requestMs: 300_000,
  /** a connection on which nothing moves either way */
  idleMs: 30_000,
  /** an idle keep-alive connection between requests */
  keepAliveMs: 5_000,
  /** how often Node looks for requests past headersMs or requestMs */
  checkEveryMs: 1_000,
};

/** A body must keep coming: at least this many bytes in every window of this length. */
export const BODY_PACE = { windowMs: 10_000, minBytes: 10 * 1024 };

export interface ConnectionLimits {
  /** open connections in all */
  max: number;
  /** open connections from one client address */
  perAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { max: 1024, perAddress: 64 };

export const BODY_TOO_SLOW = 'TC_BODY_TOO_SLOW';

/** The Fastify options that carry TIMEOUTS. */
export function timeoutOptions() {
  return {
    connectionTimeout: TIMEOUTS.idleMs,
    keepAliveTimeout: TIMEOUTS.keepAliveMs,
    requestTimeout: TIMEOUTS.requestMs,
    http: { headersTimeout: TIMEOUTS.headersMs, connectionsCheckingInterval: TIMEOUTS.checkEveryMs },
  };
}

/** A connection past a limit is answered 429 in the envelope and closed before any request is read. */
export function limitConnections(server: Server, limits: ConnectionLimits, headers: Record<string, string>) {
  server.maxConnections = limits.max;
  const open = new Map<string, number>();
  const body = JSON.stringify(failure('Too many open connections from this address.', 'sys-036'));
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const answer =
    `HTTP/1.1 429 ${STATUS_CODES[429]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nretry-after: 1\r\ncache-control: no-store\r\n` +
    `connection: close\r\n${extra}\r\n${body}`;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const n = (open.get(address) ?? 0) + 1;
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
    if (n > limits.perAddress) socket.end(answer);
  });
}

/**
 * A body that stops, or trickles in slower than BODY_PACE, ends the request with 408 (errors.ts) instead
 * of holding the connection and the bytes buffered so far.
 */
export function requireBodyPace(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const h = request.headers;
    if (h['content-length'] === undefined && h['transfer-encoding'] === undefined) return payload;
    const paced = new PassThrough();
    let received = 0;
    let atLastCheck = 0;
    const timer = setInterval(() => {
      if (received - atLastCheck < BODY_PACE.minBytes) {
        clearInterval(timer);
        paced.destroy(Object.assign(new Error('The request body came too slowly.'), { code: BODY_TOO_SLOW }));
      }
      atLastCheck = received;
    }, BODY_PACE.windowMs);
    const stop = () => clearInterval(timer);
    payload.on('data', (chunk: Buffer) => (received += chunk.length));
    payload.once('end', stop);
    payload.once('error', (e) => {
      stop();
      paced.destroy(e);
    });
    payload.once('close', stop);
    paced.once('close', stop);
    payload.pipe(paced);
    return paced;
  });
}

// A small HTTP server on loopback that stands in for another host (a geocoder, a map site, MileApp):
// it records every request it receives and answers with the test's handler. No network is used.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface FakeHost {
  url: string;
  /** host:port, as an allow-list entry */
  host: string;
  seen: Seen[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

export async function fakeHost(handler: Handler): Promise<FakeHost> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://fake');
    const s = { path: u.pathname, query: u.searchParams, headers: req.headers, at: Date.now() };
    seen.push(s);
    handler(req, res, s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A port nothing listens on: a server was opened there and closed again. */
export async function closedPort(): Promise<string> {
  const h = await fakeHost(() => undefined);
  await h.close();
  return h.url;
}

// One HTTP exchange over a bare TCP socket: for requests fetch will not send (oversized headers, a
// malformed request line, a body that stops half-way) and answers it would hide.
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** milliseconds from connecting to the server closing the connection or answering */
  ms: number;
  /** milliseconds from connecting to the first byte of the answer (undefined when none came) */
  firstByteMs?: number;
}

/** The final answer: an interim `100 Continue` before it is skipped. */
export function parseRaw(raw: string, ms: number): RawAnswer {
  let text = raw;
  while (/^HTTP\/1\.1 100 /.test(text) && text.includes('\r\n\r\n'))
    text = text.slice(text.indexOf('\r\n\r\n') + 4);
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? 0),
    headers,
    body: end === -1 ? '' : text.slice(end + 4),
    ms,
  };
}

/**
 * Sends `request` and resolves with what came back once the server closes the connection (or
 * `waitMs` passed: then whatever arrived, status 0 when nothing did).
 */
export function rawRequest(port: number, request: string | Buffer, waitMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseRaw(text, Date.now() - t0), ...(first === undefined ? {} : { firstByteMs: first }) });
    };
    const timer = setTimeout(done, waitMs);
    let first: number | undefined;
    socket.on('data', (d) => {
      first ??= Date.now() - t0;
      text += d.toString('latin1');
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.write(request);
  });
}

// One keyed create forwarded to MileApp by hand rather than through the proxy, because what went wrong
// matters here: a request that never left whole created nothing and may be sent again, while one whose
// body went out and whose answer never came may have created the task (docs/decisions/060).
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type SendOutcome =
  | { kind: 'answered'; status: number; headers: IncomingHttpHeaders; body: Buffer }
  /** the body did not reach MileApp whole: nothing can have been created */
  | { kind: 'not-sent'; error: Error }
  /** the body was sent, the answer was lost (reset, timeout, cut short) */
  | { kind: 'lost'; error: Error };

export function sendToUpstream(
  url: URL,
  headers: OutgoingHttpHeaders,
  body: Buffer,
  timeoutMs: number,
): Promise<SendOutcome> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let sent = false;
    let settled = false;
    const done = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const failed = (error: Error) => done(sent ? { kind: 'lost', error } : { kind: 'not-sent', error });
    // One deadline for the whole exchange, as the client has one for its call.
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer from the upstream within ${timeoutMs} ms`));
    }, timeoutMs);
    const req = send(
      url,
      // A connection of its own: a pooled one the upstream has just closed would fail after the body
      // was written, and turn a request that never arrived into one that may have.
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (!res.complete) return failed(new Error('the upstream answer was cut short'));
          done({
            kind: 'answered',
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', failed);
        res.on('aborted', () => failed(new Error('the upstream answer was cut short')));
      },
    );
    // 'finish': the whole body was handed to the socket; after that MileApp may have it.
    req.on('finish', () => {
      sent = true;
    });
    req.on('error', failed);
    req.end(body);
  });
}

// Answers made before a request reaches a route: Node's HTTP parser (a header block too large, a request
// too slow, a malformed request line) and Fastify's router (a URL it cannot decode, a path parameter too
// long). Fastify's defaults answer these in its own JSON shape without the security headers; here they
// get MileApp's envelope and the same headers as every other answer (decisions 016, 048).
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendFailure, type Failure } from './envelope';

function parserFailure(code: string | undefined): [number, Failure] {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [408, failure('Request Timeout: the request was not sent in time.', 'sys-003')];
  if (code === 'HPE_HEADER_OVERFLOW') return [431, failure('Request Header Fields Too Large.', 'sys-040')];
  return [400, failure('Bad Request: the HTTP request could not be read.', 'sys-003')];
}

/** Fastify's clientErrorHandler: writes the answer on the socket itself, then closes it. */
export function clientErrorAnswer(headers: Record<string, string>) {
  const fixed = Object.entries({ ...headers, 'cache-control': 'no-store', connection: 'close' })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, body] = parserFailure(err.code);
    const text = JSON.stringify(body);
    if (socket.writable)
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
          `content-length: ${Buffer.byteLength(text)}\r\n${fixed}\r\n${text}`,
      );
    socket.destroy();
  };
}

/** An `Expect` other than 100-continue: Node answers 417 itself, here in the envelope. */
export function answerExpectations(server: Server, headers: Record<string, string>): void {
  const body = JSON.stringify(
    failure('Expectation Failed: only "Expect: 100-continue" is understood.', 'sys-003'),
  );
  server.on('checkExpectation', (_request, response) => {
    response.writeHead(417, {
      ...headers,
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    });
    response.end(body);
  });
}

/**
 * Fastify's frameworkErrors: the router's refusals. They are answered outside any route context, where
 * the onSend hooks do not run, so the headers are set here.
 */
export function frameworkErrorAnswer(headers: Record<string, string>) {
  return (err: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    void reply.headers({ ...headers, 'cache-control': 'no-store' });
    if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
      return sendFailure(reply, 414, failure('URI Too Long.', 'sys-003'));
    if (err.code === 'FST_ERR_BAD_URL')
      return sendFailure(reply, 400, failure('Bad Request: the URL could not be decoded.', 'sys-003'));
    return sendFailure(reply, err.statusCode ?? 400, failure('Bad Request.', 'sys-003'));
  };
}

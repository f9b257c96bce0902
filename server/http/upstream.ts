// UPSTREAM mode: /api/v3/* goes to the real MileApp API, Authorization included, so a browser can use it
// without CORS trouble (docs/decisions/014-upstream-proxy.md). Like any gateway it forwards only the
// end-to-end headers: hop-by-hop ones, cookies and whatever a client claims about forwarding are
// dropped, and the forwarding headers are set from what this server saw (docs/decisions/052).
import httpProxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { failure, sendFailure } from './envelope';
import { gatewayKeys, keyedRoute, type GatewayKeyOptions } from './upstream-idempotency';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  // Node answered the expectation already (100 Continue, or 417 for any other).
  'expect',
];
const CLIENT_CLAIMS = ['forwarded', 'x-real-ip', 'cookie'];

/** What the gateway saw of the client: its address, the scheme and the Host it was asked for. */
type Seen = Pick<FastifyRequest, 'ip' | 'protocol'> & { headers: { host?: string | undefined } };

export function forwardedHeaders(
  request: Seen,
  headers: Record<string, string | string[] | undefined>,
  upstreamHost: string,
): Record<string, string | string[] | undefined> {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase());
  const out: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(headers)) {
    const key = k.toLowerCase();
    if (HOP_BY_HOP.includes(key) || CLIENT_CLAIMS.includes(key) || named.includes(key)) continue;
    if (key.startsWith('x-forwarded-')) continue;
    out[key] = v;
  }
  out.host = upstreamHost;
  out['x-forwarded-for'] = request.ip;
  out['x-forwarded-proto'] = request.protocol;
  if (request.headers.host !== undefined) out['x-forwarded-host'] = request.headers.host;
  return out;
}

/** The upstream's answer headers without those about its own connection to this gateway. */
function answerHeaders(headers: Record<string, string | string[] | undefined>) {
  const {
    connection: _c,
    'keep-alive': _k,
    'transfer-encoding': _t,
    'content-length': _l,
    ...rest
  } = headers;
  return rest;
}

export interface UpstreamOptions {
  /** where keyed creates are recorded (decision 060); without it keys are only forwarded */
  keys?: GatewayKeyOptions;
  /** largest body of a keyed POST /task and POST /tasks/bulk/ */
  bodyLimits: { task: number; bulk: number };
}

export async function registerUpstream(
  app: FastifyInstance,
  upstream: string,
  options: UpstreamOptions,
): Promise<void> {
  const url = new URL(upstream);
  const base = url.pathname.replace(/\/+$/, '');
  const keyed = options.keys ? gatewayKeys(options.keys) : undefined;
  await app.register(httpProxy, {
    upstream: url.origin,
    prefix: '/api/v3',
    rewritePrefix: base,
    // A protocol switch cannot go through a request-by-request gateway: said plainly, not as a 502.
    preHandler: async (request, reply) => {
      if (request.headers.upgrade !== undefined)
        return sendFailure(
          reply,
          400,
          failure('Bad Request: this gateway does not switch protocols (Upgrade).', 'sys-003'),
        );
      const rest = request.url.slice('/api/v3'.length);
      const route = keyedRoute(request.method, rest.split('?', 1)[0]!);
      if (keyed === undefined || route === undefined) return;
      return keyed({
        request,
        reply,
        route,
        target: new URL(url.origin + base + rest),
        headers: forwardedHeaders(request, request.headers, url.host),
        bodyLimit: route === 'POST /task' ? options.bodyLimits.task : options.bodyLimits.bulk,
        passOn: (r, answer) => r.code(answer.status).headers(answerHeaders(answer.headers)).send(answer.body),
      });
    },
    // MileApp's answers, errors included, pass through as they are.
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => forwardedHeaders(request, headers, url.host),
      // The upstream's own connection handling is between it and this gateway.
      rewriteHeaders: (headers) => {
        const { connection: _c, 'keep-alive': _k, ...rest } = headers;
        return rest;
      },
    },
  });
}

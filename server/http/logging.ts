// The structured request log (pino, one JSON line per event). Tokens are never written: the request
// serialiser leaves headers out, Authorization is redacted should anything log headers, and query
// parameters that look like credentials are masked in the logged URL (clients must not send them there).
import type { FastifyRequest } from 'fastify';

export interface LogOptions {
  level: string;
  /** stdout when absent */
  stream?: { write(line: string): void };
}

const SECRET_PARAM = /token|key|secret|password|auth|signature/i;

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  let changed = false;
  for (const name of new Set(params.keys()))
    if (SECRET_PARAM.test(name)) {
      params.set(name, '[redacted]');
      changed = true;
    }
  return changed ? `${url.slice(0, q)}?${params.toString()}` : url;
}

export function loggerOptions({ level, stream }: LogOptions) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
  };
}

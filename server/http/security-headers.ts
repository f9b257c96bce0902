// Headers on every answer, app and API alike (docs/decisions/021): a Content-Security-Policy with no
// inline script (the built index.html has none), no framing, no MIME sniffing, no referrer. API answers
// are never stored by a browser or a proxy: they carry one organisation's data (decision 048).
import type { FastifyInstance } from 'fastify';

export interface SecurityHeaderOptions {
  /** the Leaflet tile URL template the web app uses, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png */
  tileUrl: string;
  /** other origins the web app may call (a base URL other than this server) */
  connectOrigins?: readonly string[];
}

/** The CSP source of a tile URL template: its origin, with Leaflet's `{s}` subdomain as a wildcard. */
export function tileSource(template: string): string {
  const url = new URL(template.replace('{s}', 'subdomain-placeholder'));
  return url.origin.replace('subdomain-placeholder', '*');
}

export function contentSecurityPolicy({ tileUrl, connectOrigins = [] }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The .xlsx reader (fflate inside read-excel-file) inflates a large sheet in a worker it makes from a
    // blob: URL, started from our own parse worker; without blob: here a file of ~700 rows never finishes.
    "worker-src 'self' blob:",
    // React and Leaflet set styles through the DOM (allowed); no inline <style> or style="" is needed.
    "style-src 'self'",
    // Leaflet's marker icons are inlined by Vite as data: URIs; tiles come from the tile server.
    `img-src 'self' data: ${tileSource(tileUrl)}`,
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every answer carries, also written by hand where Fastify's hooks do not run. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export const isApiPath = (url: string) =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

export function addSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
}

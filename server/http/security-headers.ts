// Headers on every answer, app and API alike (docs/decisions/021): a Content-Security-Policy with no
// inline script (the built index.html has none), no framing, no MIME sniffing, no referrer.
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

export function addSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const csp = contentSecurityPolicy(options);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    return payload;
  });
}

// Security of the HTTP surface (issue 4): headers on the app and the API, a CSP the built app satisfies
// (no inline script), CORS closed unless configured, tokens hashed at rest and never logged.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, DEMO_TOKEN, DOCS_BODY, OTHER_TOKEN, startServer, type TestServer } from './harness';

const web = mkdtempSync(join(tmpdir(), 'composer-built-'));
let s: TestServer;
beforeAll(async () => {
  // The real `vite build`: the CSP must hold for what the browser actually gets.
  await build({ root: process.cwd(), logLevel: 'silent', build: { outDir: web, emptyOutDir: true } });
  s = await startServer({ webDir: web, demoToken: DEMO_TOKEN });
}, 60_000);
afterAll(async () => {
  await s.close();
  rmSync(web, { recursive: true, force: true });
});

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('security headers', () => {
  it('the page, its assets and API answers (success and failure) all carry them', async () => {
    const js = readdirSync(join(web, 'assets')).find((f) => f.endsWith('.js'))!;
    const paths = [
      '/',
      `/assets/${js}`,
      '/api/v3/hubs',
      '/api/v3/nowhere',
      '/some/client/route',
      '/api/demo',
    ];
    for (const path of paths) {
      const r = await fetch(s.url + path, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
      const csp = directives(r.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
    }
    const unauthenticated = await client(s.api)('GET', '/tasks');
    expect(unauthenticated.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the built index.html has no inline script, style or event handler: the CSP needs no exception', async () => {
    const html = await (await fetch(s.url + '/')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it('img-src allows the map tiles (default OpenStreetMap) and data: marker icons; connect-src only this server', async () => {
    const csp = directives((await fetch(s.url + '/')).headers.get('content-security-policy'));
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
  });

  it('a configured tile server ({s} subdomains) and connect origins are allowed instead', async () => {
    const custom = await startServer({
      webDir: web,
      tileUrl: 'https://{s}.tiles.example.org/styles/{z}/{x}/{y}.png?key=abc',
      connectOrigins: ['https://apiweb.mile.app'],
    });
    const csp = directives((await fetch(custom.url + '/')).headers.get('content-security-policy'));
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://*.tiles.example.org']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://apiweb.mile.app']);
    await custom.close();
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/task`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });

  it('closed by default: no Access-Control-Allow-Origin for any origin, preflight or not', async () => {
    const pre = await preflight(s.api, 'https://evil.example');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    const r = await client(s.api, DEMO_TOKEN)('GET', '/hubs', undefined, { origin: 'https://evil.example' });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('with CORS_ORIGINS', () => {
    let open: TestServer;
    beforeAll(async () => {
      open = await startServer({ corsOrigins: ['https://dispatch.example.com'] });
    });
    afterAll(() => open.close());

    it('a listed origin may send Authorization and Idempotency-Key, and read Retry-After', async () => {
      const pre = await preflight(open.api, 'https://dispatch.example.com');
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://dispatch.example.com');
      const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']));
      const r = await open.demo('POST', '/task', DOCS_BODY, {
        origin: 'https://dispatch.example.com',
        'idempotency-key': 'cors-key-1',
      });
      expect(r.status).toBe(201);
      expect(r.headers.get('access-control-allow-origin')).toBe('https://dispatch.example.com');
      expect(r.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
      expect(r.headers.get('vary')?.toLowerCase()).toContain('origin');
    });

    it('any other origin, or one differing in scheme or port, gets nothing', async () => {
      for (const origin of [
        'https://evil.example',
        'http://dispatch.example.com',
        'https://dispatch.example.com:8443',
      ]) {
        const pre = await preflight(open.api, origin);
        expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
        const r = await open.demo('GET', '/hubs', undefined, { origin });
        expect(r.headers.get('access-control-allow-origin'), origin).toBeNull();
      }
    });
  });
});

describe('tokens', () => {
  it('are read from the Authorization header only, never from the URL', async () => {
    for (const q of ['token', 'access_token', 'api_token', 'authorization'])
      expect((await client(s.api)('GET', `/hubs?${q}=${DEMO_TOKEN}`)).status, q).toBe(401);
  });

  it('are not in the database file in any form but their SHA-256', async () => {
    const files = readdirSync(s.dir).filter((f) => f.startsWith('composer.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const bytes = readFileSync(join(s.dir, f));
      for (const token of [DEMO_TOKEN, OTHER_TOKEN]) {
        expect(bytes.includes(Buffer.from(token)), `${f} holds a token`).toBe(false);
        expect(bytes.includes(Buffer.from(token, 'utf16le')), `${f} holds a token`).toBe(false);
      }
    }
  });

  it('are never written to the log, whether valid, wrong, in a header or (wrongly) in a URL', async () => {
    const lines: string[] = [];
    const logged = await startServer({
      log: { level: 'trace', stream: { write: (l) => void lines.push(l) } },
    });
    const wrong = 'wrong-token-that-must-not-be-logged';
    await logged.demo('POST', '/task', DOCS_BODY);
    await logged.demo('GET', `/tasks?access_token=${DEMO_TOKEN}&limit=1`);
    await client(logged.api, wrong)('GET', '/hubs');
    await client(logged.api)('GET', `/hubs?token=${wrong}`);
    await logged.close();
    expect(lines.length).toBeGreaterThan(4);
    const entries = lines.map((l) => JSON.parse(l) as { level: number; msg: string; req?: { url: string } });
    expect(entries.some((e) => e.msg === 'incoming request' && e.req?.url === '/api/v3/task')).toBe(true);
    expect(entries.some((e) => e.req?.url === '/api/v3/tasks?access_token=%5Bredacted%5D&limit=1')).toBe(
      true,
    );
    const all = lines.join('');
    for (const secret of [DEMO_TOKEN, wrong]) expect(all).not.toContain(secret);
  });
});

// The offline app shell's worker (docs/decisions/024) as the server serves it: found again on every load,
// as JavaScript, under a CSP that lets it register and that it does not need widened.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness';

const web = mkdtempSync(join(tmpdir(), 'composer-sw-'));
let s: TestServer;
beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Task Composer</title>');
  writeFileSync(join(web, 'sw.js'), "self.addEventListener('fetch', () => {});");
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'index-abc123.js'), 'console.log(1)');
  s = await startServer({ webDir: web });
});
afterAll(async () => {
  await s.close();
  rmSync(web, { recursive: true, force: true });
});

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('GET /sw.js', () => {
  it('is served as JavaScript with Cache-Control: no-cache', async () => {
    const r = await fetch(s.url + '/sw.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^(application|text)\/javascript\b/);
    expect(r.headers.get('cache-control')).toBe('no-cache');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toContain("addEventListener('fetch'");
  });

  it('is allowed by the CSP: a same-origin worker falls back to script-src / default-src', async () => {
    const csp = directives((await fetch(s.url + '/sw.js')).headers.get('content-security-policy'));
    const workerSrc =
      csp.get('worker-src') ?? csp.get('child-src') ?? csp.get('script-src') ?? csp.get('default-src');
    expect(workerSrc).toContain("'self'");
    // the page that registers it carries the same policy
    const page = directives((await fetch(s.url + '/')).headers.get('content-security-policy'));
    expect(page.get('worker-src') ?? page.get('script-src')).toContain("'self'");
  });

  it('index.html is revalidated too; hashed assets keep the default caching', async () => {
    expect((await fetch(s.url + '/')).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(s.url + '/tasks/new')).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(s.url + '/assets/index-abc123.js')).headers.get('cache-control')).not.toBe(
      'no-cache',
    );
  });
});

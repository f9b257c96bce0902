// The built web app at `/` with index.html for client-side routes; the API and the demo call beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, DEMO_TOKEN, startServer, type TestServer } from './harness';

const web = mkdtempSync(join(tmpdir(), 'composer-dist-'));
let s: TestServer;
beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Task Composer</title>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  s = await startServer({ webDir: web, demoToken: DEMO_TOKEN });
});
afterAll(async () => {
  await s.close();
  rmSync(web, { recursive: true, force: true });
});

describe('web app and API in one process', () => {
  it('serves index.html at / and files from dist', async () => {
    const home = await fetch(s.url + '/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home.text()).toContain('<title>Task Composer</title>');
    const js = await fetch(s.url + '/assets/app.js');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers other GET paths outside the API with index.html (client-side routes)', async () => {
    const r = await fetch(s.url + '/tasks/new?flow=Visit');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Task Composer</title>');
  });

  it('answers a missing file (a hashed asset of another build) with a 404, not the page', async () => {
    for (const path of ['/assets/index-OLDHASH.js', '/assets/index-OLDHASH.css', '/favicon.ico']) {
      const r = await fetch(s.url + path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type'), path).not.toMatch(/text\/html/);
    }
    // A route with a dot in an earlier segment is still a route.
    expect((await fetch(s.url + '/v1.2/tasks')).status).toBe(200);
  });

  it('does not answer API paths or other methods with the page', async () => {
    expect((await client(s.url)('GET', '/api/v3/unknown')).body).toMatchObject({
      status: false,
      failedCode: 'sys-033',
    });
    expect((await client(s.url)('POST', '/somewhere', {})).status).toBe(404);
  });

  it('GET /api/demo offers the demo token to the web app', async () => {
    const r = await client(s.url)('GET', '/api/demo');
    expect(r.body).toEqual({ status: true, token: DEMO_TOKEN, baseUrl: '/api/v3' });
  });

  it('without dist/ the root is a 404 envelope and /api/demo 404 without a demo', async () => {
    const bare = await startServer({ webDir: join(web, 'missing') });
    expect((await client(bare.url)('GET', '/')).status).toBe(404);
    expect((await client(bare.url)('GET', '/api/demo')).status).toBe(404);
    await bare.close();
  });
});

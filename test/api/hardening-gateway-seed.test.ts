// Issue 12: the UPSTREAM gateway forwards only end-to-end headers and sets the forwarding ones itself;
// an organisation file that no longer lists an organisation takes its tokens away (decision 051).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/config';
import { rawRequest } from '../support/raw-http';
import { DEMO_TOKEN, DOCS_BODY, startServer, type TestServer } from './harness';

describe('the UPSTREAM gateway', () => {
  let upstream: Server;
  let proxy: TestServer;
  let seen: IncomingHttpHeaders = {};
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen = req.headers;
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end('{"status":true,"data":[]}');
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const port = (upstream.address() as { port: number }).port;
    proxy = await startServer({ upstream: `http://127.0.0.1:${port}/api/v3`, noStore: true });
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((r) => upstream.close(r));
  });

  it("drops hop-by-hop headers, cookies and the client's forwarding claims; sets its own", async () => {
    const port = Number(new URL(proxy.url).port);
    const r = await rawRequest(
      port,
      [
        'GET /api/v3/hubs HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `Authorization: Bearer ${DEMO_TOKEN}`,
        'Connection: close, X-Secret-Hop',
        'Keep-Alive: timeout=5',
        'X-Secret-Hop: 1',
        'X-Forwarded-For: 6.6.6.6',
        'X-Forwarded-Host: evil.example',
        'X-Forwarded-Proto: https',
        'Forwarded: for=6.6.6.6',
        'X-Real-IP: 6.6.6.6',
        'Cookie: session=abc',
        'Proxy-Authorization: Basic eDp5',
        'X-Request-Id: kept',
        '',
        '',
      ].join('\r\n'),
      3000,
    );
    expect(r.status).toBe(200);
    for (const h of ['keep-alive', 'x-secret-hop', 'forwarded', 'x-real-ip', 'cookie', 'proxy-authorization'])
      expect(seen[h], h).toBeUndefined();
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen['x-forwarded-proto']).toBe('http');
    expect(seen['x-forwarded-host']).toBe(`127.0.0.1:${port}`);
    expect(seen.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
    expect(seen['x-request-id']).toBe('kept');
  });

  it('Upgrade → 400 in the envelope; Expect: 100-continue goes through; neither is a 502', async () => {
    const port = Number(new URL(proxy.url).port);
    const head = `Host: 127.0.0.1:${port}\r\nAuthorization: Bearer ${DEMO_TOKEN}\r\nConnection: close\r\n`;
    const up = await rawRequest(port, `GET /api/v3/hubs HTTP/1.1\r\n${head}Upgrade: h2c\r\n\r\n`);
    expect(up.status).toBe(400);
    expect(JSON.parse(up.body)).toMatchObject({ status: false, failedCode: 'sys-003' });
    const body = JSON.stringify(DOCS_BODY);
    const expect100 = await rawRequest(
      port,
      `POST /api/v3/task HTTP/1.1\r\n${head}Content-Type: application/json\r\nExpect: 100-continue\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}`,
      2000,
    );
    expect(expect100.status).toBe(200);
    expect(seen.expect).toBeUndefined();
  });
});

describe('switching the organisation file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-switch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('removes organisations the file no longer lists: their tokens stop working, their tasks are kept', async () => {
    const first = await startServer({ dir });
    expect((await first.demo('POST', '/task', DOCS_BODY)).status).toBe(201);
    await first.close();

    const seed = JSON.parse(readFileSync(DEFAULT_SEED, 'utf8'));
    seed.organizations = seed.organizations.slice(1);
    const otherOnly = join(dir, 'other-only.json');
    writeFileSync(otherOnly, JSON.stringify(seed));
    const second = await startServer({ dir, seed: otherOnly });
    expect((await second.demo('GET', '/hubs')).status).toBe(401);
    expect((await second.other('GET', '/hubs')).status).toBe(200);
    await second.close();
    const db = new Database(join(dir, 'composer.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM tasks').get()).toEqual({ n: 1 });
    expect(
      db.prepare('SELECT count(*) AS n FROM users WHERE organization_id = ?').get('634e98098ce07d29474a7e22'),
    ).toEqual({ n: 0 });
    db.close();

    const third = await startServer({ dir });
    expect((await third.demo('GET', '/tasks')).body.tasks.total).toBe(1);
    await third.close();
  });
});

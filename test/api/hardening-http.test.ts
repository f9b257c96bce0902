// Issue 12, the HTTP layer: every answer — Node's parser's and the router's included — in MileApp's
// envelope with the security headers, API answers never cached, task ids that say nothing about others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-http';
import { DEMO_TOKEN, DOCS_BODY, OTHER_HUB, startServer, type TestServer } from './harness';

let s: TestServer;
let port: number;
beforeAll(async () => {
  s = await startServer();
  port = Number(new URL(s.url).port);
});
afterAll(() => s.close());

function expectEnvelope(answer: { headers: Record<string, string> | Headers; body: string }) {
  const get = (k: string) =>
    answer.headers instanceof Headers ? answer.headers.get(k) : (answer.headers[k] ?? null);
  expect(get('content-type')).toMatch(/^application\/json/);
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(get('cache-control')).toBe('no-store');
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(body.status).toBe(false);
  expect(typeof body.message).toBe('string');
  expect(body.failedCode).toMatch(/^sys-\d{3}$/);
}

describe('answers made before a route runs', () => {
  it('431 for a header block over the limit, in the envelope with the headers', async () => {
    const r = await rawRequest(
      port,
      `GET /api/v3/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(r.status).toBe(431);
    expectEnvelope(r);
  });

  it('400 for a request Node cannot parse', async () => {
    const r = await rawRequest(
      port,
      'GET /api/v3/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: x\r\n\r\n',
    );
    expect(r.status).toBe(400);
    expectEnvelope(r);
  });

  it('414 for a path parameter over the router limit, 400 for a URL it cannot decode', async () => {
    const long = await fetch(`${s.api}/task/${'a'.repeat(500)}`);
    expect(long.status).toBe(414);
    expectEnvelope({ headers: long.headers, body: await long.text() });
    const bad = await fetch(`${s.api}/task/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expectEnvelope({ headers: bad.headers, body: await bad.text() });
  });

  it("the router's 404 and every /api answer carry no-store and the security headers", async () => {
    const missing = await fetch(`${s.api}/no/such/route`);
    expect(missing.status).toBe(404);
    expectEnvelope({ headers: missing.headers, body: await missing.text() });
    for (const path of ['/hubs', '/flows', '/tasks', '/users']) {
      const r = await s.demo('GET', path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe('no-store');
    }
    const refused = await s.anonymous('GET', '/hubs');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${s.url}/api/demo`)).headers.get('cache-control')).toBe('no-store');
  });
});

describe('task ids', () => {
  it('say nothing about how many tasks other organisations create', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await s.demo('POST', '/task', DOCS_BODY)).body.task._id as string);
      const other = { flow: 'Inspection', hubId: OTHER_HUB, site: 'Tugu', priority: 'Low' };
      expect((await s.other('POST', '/task', other)).status).toBe(201);
    }
    // One organisation's consecutive tasks: the tail of the id is not a counter that others advance.
    const tails = ids.map((id) => parseInt(id.slice(-6), 16));
    const steps = tails.slice(1).map((t, i) => t - tails[i]!);
    expect(steps.filter((d) => d > 0 && d <= 2)).toHaveLength(0);
    expect(new Set(ids.map((id) => id.slice(8, 18))).size).toBeGreaterThan(1);
  });
});

describe('the Host header', () => {
  it('refuses a host not on the list, or a malformed one, in the envelope; localhost passes', async () => {
    for (const host of ['evil.example', 'rebind.attacker.test:80', 'a b', '[::1', '']) {
      const r = await rawRequest(
        port,
        `GET /api/v3/hubs HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(r.status, host).toBe(400);
      expectEnvelope(r);
    }
    const ok = await rawRequest(
      port,
      `GET /api/v3/hubs HTTP/1.1\r\nHost: localhost:${port}\r\nAuthorization: Bearer ${DEMO_TOKEN}\r\nConnection: close\r\n\r\n`,
    );
    expect(ok.status).toBe(200);
  });

  it('paginator URLs come from the configured public URL, else from the allowed Host', async () => {
    const own = await s.demo('GET', '/flows?limit=1');
    expect(own.body.flows.first_page_url).toBe(`${s.api}/flows?limit=1&page=1`);
    const pub = await startServer({ publicUrl: 'https://composer.example.com' });
    const r = await pub.demo('GET', '/tasks?limit=5');
    expect(r.body.tasks.path).toBe('https://composer.example.com/api/v3/tasks');
    await pub.close();
  });
});

describe('connections', () => {
  it('an address past its open connections gets 429 in the envelope', async () => {
    const capped = await startServer({ connections: { max: 100, perAddress: 2 } });
    const cport = Number(new URL(capped.url).port);
    const { connect } = await import('node:net');
    const held = [connect(cport, '127.0.0.1'), connect(cport, '127.0.0.1')];
    await new Promise((r) => setTimeout(r, 100));
    const r = await rawRequest(cport, 'GET /api/demo HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 3000);
    expect(r.status).toBe(429);
    expectEnvelope(r);
    for (const h of held) h.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await capped.demo('GET', '/hubs')).status).toBe(200);
    await capped.close();
  });

  it('an Expect other than 100-continue → 417 in the envelope', async () => {
    const r = await rawRequest(
      port,
      'POST /api/v3/task HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\n{}',
    );
    expect(r.status).toBe(417);
    expectEnvelope(r);
  });
});

// UPSTREAM mode, tested with a second local instance as the upstream: /api/v3/* forwarded with the
// caller's Authorization untouched, no local database.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, DEMO_TOKEN, DOCS_BODY, OTHER_TOKEN, startServer, type TestServer } from './harness';

let upstream: TestServer;
let proxy: TestServer;
beforeAll(async () => {
  upstream = await startServer();
  proxy = await startServer({ upstream: upstream.api, noStore: true });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

describe('UPSTREAM mode', () => {
  it('has no store of its own and offers no demo account', async () => {
    expect(proxy.store).toBeUndefined();
    expect((await client(proxy.url)('GET', '/api/demo')).status).toBe(404);
  });

  it('forwards reads and writes; the task lands in the upstream', async () => {
    const created = await proxy.demo('POST', '/task', DOCS_BODY);
    expect(created.status).toBe(201);
    expect(created.body.task.createdBy).toBe('Roger');
    const direct = await upstream.demo('GET', `/task/${created.body.task._id}`);
    expect(direct.body.task).toEqual(created.body.task);
    const flows = await proxy.demo('GET', '/flows?limit=2&page=1');
    expect(flows.body.flows.data).toHaveLength(2);
    expect(flows.body.flows.data).toEqual(
      (await upstream.demo('GET', '/flows?limit=2&page=1')).body.flows.data,
    );
  });

  it("passes the caller's token through: each organisation sees its own data", async () => {
    const demo = await proxy.demo('GET', '/hubs');
    const other = await client(proxy.api, OTHER_TOKEN)('GET', '/hubs');
    expect(demo.body.data.map((h: { name: string }) => h.name)).toContain('Jakarta');
    expect(other.body.data.map((h: { name: string }) => h.name)).not.toContain('Jakarta');
  });

  it("passes the upstream's errors through unchanged", async () => {
    expect((await proxy.anonymous('GET', '/hubs')).body).toEqual({
      status: false,
      message: 'Unauthenticated.',
    });
    const bad = await proxy.demo('POST', '/task', { flow: 'Visit' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual((await upstream.demo('POST', '/task', { flow: 'Visit' })).body);
    expect((await proxy.demo('GET', '/task/000000000000000000000000')).status).toBe(404);
    const malformed = await proxy.demo('POST', '/task', '{"flow":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.failedCode).toBe('sys-013');
  });

  it('sends the Authorization header exactly as received', async () => {
    let seen: string | undefined;
    const echo: Server = createServer((req, res) => {
      seen = req.headers.authorization;
      res.setHeader('content-type', 'application/json');
      res.end('{"status":true,"data":[]}');
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    const port = (echo.address() as { port: number }).port;
    const p = await startServer({ upstream: `http://127.0.0.1:${port}/api/v3`, noStore: true });
    const r = await client(p.api)('GET', '/hubs?q=x', undefined, { authorization: `Bearer ${DEMO_TOKEN}` });
    expect(r.body).toEqual({ status: true, data: [] });
    expect(seen).toBe(`Bearer ${DEMO_TOKEN}`);
    await p.close();
    await new Promise((r) => echo.close(r));
  });

  it('an unreachable upstream is a 5xx envelope, not a crash', async () => {
    const p = await startServer({ upstream: 'http://127.0.0.1:9/api/v3', noStore: true });
    const r = await p.demo('GET', '/hubs');
    expect(r.status).toBeGreaterThanOrEqual(500);
    expect(r.body).toMatchObject({ status: false });
    await p.close();
  });
});

// GET /health/live and /health/ready (docs/decisions/066): no token, any Host, not rate limited, not
// logged per hit; readiness names what fails, and fails at once when the server starts shutting down.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingChecks, type Lifecycle } from '../../server/http/health';
import { client, startServer, type TestServer } from './harness';

const lines: string[] = [];
const lifecycle: Lifecycle = { draining: false };
let s: TestServer;
let pingFault: 'none' | 'throws' | 'hangs' = 'none';

beforeAll(async () => {
  s = await startServer({
    rateLimit: 1,
    lifecycle,
    log: { level: 'info', stream: { write: (l) => void lines.push(l) } },
  });
  const store = s.store!;
  const ping = store.ping.bind(store);
  store.ping = () =>
    pingFault === 'throws'
      ? Promise.reject(new Error('disk gone'))
      : pingFault === 'hangs'
        ? new Promise(() => {})
        : ping();
});
afterAll(() => s.close());

const probe = client('');

/** A GET with a Host header fetch would not let us set. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('health probes', () => {
  it('answer without a token, for any Host, however often, and write no info line', async () => {
    lines.length = 0;
    for (let i = 0; i < 5; i++) {
      const live = await probe('GET', `${s.url}/health/live`);
      const ready = await probe('GET', `${s.url}/health/ready`);
      expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
      expect([ready.status, ready.body]).toEqual([200, { status: 'ok' }]);
      expect(ready.headers.get('cache-control')).toBe('no-store');
    }
    expect(lines).toEqual([]);
    expect(await getWithHost(`${s.url}/health/ready`, '10.1.2.3:8080')).toBe(200);
    expect(await getWithHost(`${s.url}/api/v3/hubs`, '10.1.2.3:8080')).toBe(400);
  });

  it('readiness answers 503 naming the database when its ping fails or hangs', async () => {
    pingFault = 'throws';
    const failed = await probe('GET', `${s.url}/health/ready`);
    pingFault = 'hangs';
    const started = Date.now();
    const hung = await probe('GET', `${s.url}/health/ready`);
    const waited = Date.now() - started;
    pingFault = 'none';
    for (const r of [failed, hung])
      expect([r.status, r.body]).toEqual([503, { status: 'unavailable', failing: ['database'] }]);
    expect(waited).toBeLessThan(5000);
    expect((await probe('GET', `${s.url}/health/live`)).status).toBe(200);
    expect((await probe('GET', `${s.url}/health/ready`)).status).toBe(200);
  });

  it('while shutting down: readiness fails, liveness holds, API requests get a 503 envelope', async () => {
    lifecycle.draining = true;
    try {
      const ready = await probe('GET', `${s.url}/health/ready`);
      expect([ready.status, ready.body]).toEqual([503, { status: 'unavailable', failing: ['shutdown'] }]);
      expect((await probe('GET', `${s.url}/health/live`)).status).toBe(200);
      const api = await s.demo('GET', '/hubs');
      expect(api.status).toBe(503);
      expect(api.body).toMatchObject({ status: false, failedCode: 'sys-045' });
      expect(api.headers.get('connection')).toBe('close');
    } finally {
      lifecycle.draining = false;
    }
  });
});

describe('failingChecks', () => {
  it('names each failing check once, in order, and bounds a slow one by the timeout', async () => {
    const started = Date.now();
    const failing = await failingChecks(
      [
        { name: 'database', ping: () => new Promise(() => {}) },
        { name: 'ok', ping: async () => {} },
        { name: 'redis', ping: () => Promise.reject(new Error('refused')) },
      ],
      50,
    );
    expect(failing).toEqual(['database', 'redis']);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

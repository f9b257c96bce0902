// Every answer names its request (X-Request-Id), error envelopes carry the same id, and every log line
// the request writes carries it too (docs/decisions/067).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Store } from '../../server/store/types';
import { client, DEMO_TOKEN, startServer, type TestServer } from './harness';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const lines: string[] = [];
let s: TestServer;

beforeAll(async () => {
  s = await startServer({ log: { level: 'info', stream: { write: (l) => void lines.push(l) } } });
});
afterAll(() => s.close());

describe('request ids', () => {
  it('gives each request a fresh id, in the header of a success and of an error', async () => {
    const ok = await s.demo('GET', '/hubs');
    const missing = await s.demo('GET', '/no-such-route');
    const unauthenticated = await s.anonymous('GET', '/hubs');
    expect(ok.status).toBe(200);
    const ids = [ok, missing, unauthenticated].map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(3);
    expect(JSON.parse(missing.text)).toEqual({
      status: false,
      message: 'URL Address is not found',
      failedCode: 'sys-033',
      requestId: ids[1],
    });
    expect(JSON.parse(unauthenticated.text)).toEqual({
      status: false,
      message: 'Unauthenticated.',
      requestId: ids[2],
    });
  });

  it('keeps a sane incoming X-Request-Id and replaces one that is too long or malformed', async () => {
    const given = 'lb-3f2a9c.17:ab/cd+ef=';
    const kept = await s.anonymous('GET', '/hubs', undefined, { 'x-request-id': given });
    expect(kept.headers.get('x-request-id')).toBe(given);
    expect(kept.requestId).toBe(given);
    for (const bad of ['x'.repeat(129), 'two words', 'a"b', '{"inject":1}']) {
      const r = await s.anonymous('GET', '/hubs', undefined, { 'x-request-id': bad });
      expect(r.headers.get('x-request-id')).toMatch(UUID);
      expect(r.requestId).toBe(r.headers.get('x-request-id'));
    }
  });

  it('writes the id on every log line of the request', async () => {
    lines.length = 0;
    const id = 'trace-log-lines-1';
    await s.demo('GET', '/hubs', undefined, { 'x-request-id': id });
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.length).toBeGreaterThanOrEqual(2);
    for (const line of logged) expect(line.requestId).toBe(id);
  });

  it('logs a server error with the id the client was given', async () => {
    const errorLines: string[] = [];
    const broken = {
      findTokenUser: () => ({
        userId: 'u',
        name: 'R',
        email: 'r@mile.app',
        organizationId: 'o',
        active: true,
        role: 'dispatcher',
        hubIds: [],
      }),
      directory: () => {
        throw new Error('disk on fire');
      },
    } as unknown as Store;
    const log = { level: 'error', stream: { write: (l: string) => void errorLines.push(l) } };
    const app = await buildApp({ store: broken, log });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const r = await client(`http://127.0.0.1:${port}/api/v3`, DEMO_TOKEN)('GET', '/hubs');
    await app.close();
    expect(r.status).toBe(500);
    expect(r.requestId).toMatch(UUID);
    const logged = errorLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.requestId).toBe(r.requestId);
  });
});

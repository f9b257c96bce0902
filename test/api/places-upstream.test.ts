// /api/places in UPSTREAM mode (decision 054): the caller is checked against MileApp's GET /user (a fake
// MileApp on loopback here), a yes remembered for a while; the database holds only the cache and cities.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/types';
import { closedPort, fakeHost, json, type FakeHost } from './fake-host';
import { client, startServer, type TestServer } from './harness';

const USERS: Record<string, unknown> = {
  'Bearer token-a': { _id: 'u1', name: 'Ani', email: 'ani@a.example', organizationId: 'org-a' },
  'Bearer token-b': { _id: 'u2', name: 'Budi', organization: { _id: 'org-b' }, hubId: ['h1'] },
};

let mileapp: FakeHost;
let s: TestServer;
let dir: string;
let store: Store;
beforeAll(async () => {
  mileapp = await fakeHost((req, res) => {
    const user = USERS[req.headers.authorization ?? ''];
    if (req.url !== '/api/v3/user') return json(res, { status: false, message: 'Data not found' }, 404);
    if (user === undefined) return json(res, { status: false, message: 'Unauthenticated.' }, 401);
    json(res, { data: user, status: true });
  });
  dir = mkdtempSync(join(tmpdir(), 'composer-places-upstream-'));
  store = await openSqliteStore(join(dir, 'cache.db'));
  s = await startServer({ upstream: `${mileapp.url}/api/v3`, noStore: true, placesStore: store });
});
afterAll(async () => {
  await s.close();
  await store.close();
  await mileapp.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => void mileapp.seen.splice(0));

const places = (token?: string) => client(`${s.url}/api/places`, token);

describe('/api/places in UPSTREAM mode', () => {
  it('asks MileApp who the caller is once, then searches the shared cities', async () => {
    const a = places('token-a');
    for (const q of ['balikpapan', 'bandung']) {
      const r = await a('GET', `/search?q=${q}`);
      expect(r.status, r.text).toBe(200);
      expect(r.body.data[0]).toMatchObject({ source: 'city', precision: 'city' });
    }
    expect(mileapp.seen.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/api/v3/user', 'Bearer token-a'],
    ]);
    expect((await a('GET', '/settings')).body.data).toEqual({ provider: 'builtin', typeAhead: true });
    expect((await places('token-b')('GET', '/reverse?lat=-1.2654&lng=116.8312')).body.data).toMatchObject({
      name: 'Balikpapan',
    });
  });

  it('refuses a token MileApp does not know, asking again each time', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await places('stolen')('GET', '/search?q=bandung');
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ status: false, message: 'Unauthenticated.' });
    }
    expect(mileapp.seen).toHaveLength(2);
    expect((await places()('GET', '/search?q=bandung')).status).toBe(401);
    expect(mileapp.seen).toHaveLength(2);
  });

  it('still forwards /api/v3 to MileApp', async () => {
    const r = await client(s.api, 'token-a')('GET', '/user');
    expect(r.body.data).toMatchObject({ organizationId: 'org-a' });
  });

  it('answers 502 in the envelope when MileApp cannot be reached', async () => {
    const down = await startServer({
      upstream: `${await closedPort()}/api/v3`,
      noStore: true,
      placesStore: store,
    });
    try {
      const r = await client(`${down.url}/api/places`, 'token-a')('GET', '/search?q=bandung');
      expect(r.status).toBe(502);
      expect(r.body).toEqual({
        status: false,
        message: 'The upstream MileApp API did not answer.',
        failedCode: 'sys-045',
      });
    } finally {
      await down.close();
    }
  });
});

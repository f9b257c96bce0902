// GET /api/places/link (decision 056) against fake map hosts on loopback: the allow-list and the scheme
// are widened for the test through buildApp's deps only. A chain of redirects between map hosts lands on
// coordinates; a hop to any other host is refused before that host receives anything.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeHost, type FakeHost } from './fake-host';
import { client, DEMO_TOKEN, startServer, type Client, type TestServer } from './harness';

const PLACE = '/maps/place/Monas/@-6.1753924,106.8271528,17z/data=!3d-6.1753924!4d106.8271528';

let short: FakeHost;
let maps: FakeHost;
let elsewhere: FakeHost;
let slow: FakeHost;
let s: TestServer;
let call: Client;

const redirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
  void res.writeHead(302, { location: to }).end();

beforeAll(async () => {
  elsewhere = await fakeHost((_req, res) => void res.end('secret'));
  maps = await fakeHost((req, res) => {
    if (req.url === '/maps/nowhere') return void res.end('<html>no coordinates</html>');
    if (req.url?.startsWith('/loop')) return redirect(`/loop${req.url.length}x`)(req, res);
    res.writeHead(404).end();
  });
  short = await fakeHost((req, res) => {
    const to: Record<string, string> = {
      '/abc': `${maps.url}${PLACE}`,
      '/relative': PLACE,
      '/away': `${elsewhere.url}/admin`,
      '/nowhere': `${maps.url}/maps/nowhere`,
      '/loop': `${maps.url}/loop`,
    };
    const target = to[req.url ?? ''];
    if (target === undefined) res.writeHead(404).end();
    else redirect(target)(req, res);
  });
  slow = await fakeHost(() => undefined);
  s = await startServer({
    mapLinks: { hosts: [short.host, maps.host, slow.host], schemes: ['http:'], timeoutMs: 1000 },
    geocoderOptions: { userAgent: 'TaskComposer/test' },
  });
  call = client(`${s.url}/api/places`, DEMO_TOKEN);
});
afterAll(async () => {
  await s.close();
  for (const h of [short, maps, elsewhere, slow]) await h.close();
});
afterEach(() => {
  for (const h of [short, maps, elsewhere, slow]) h.seen.splice(0);
});

const link = (url: string) => call('GET', `/link?url=${encodeURIComponent(url)}`);

describe('GET /api/places/link', () => {
  it('follows a short link to the map page and reads its coordinates', async () => {
    const r = await link(`${short.url}/abc`);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({
      data: { url: `${maps.url}${PLACE}`, lat: -6.1753924, lng: 106.8271528 },
      status: true,
    });
    expect(short.seen[0]!.headers['user-agent']).toBe('TaskComposer/test');
    // The landing page itself already names the place: it is never requested.
    expect(maps.seen).toEqual([]);
    expect((await link(`${short.url}/relative`)).body.data).toMatchObject({ url: `${short.url}${PLACE}` });
  });

  it('reads a long link without any request', async () => {
    const r = await link(`${maps.url}${PLACE}`);
    expect(r.body.data).toMatchObject({ lat: -6.1753924, lng: 106.8271528 });
    expect(maps.seen).toEqual([]);
  });

  it('refuses a link to a host that is not a map site, without asking it', async () => {
    const r = await link(`${elsewhere.url}/maps/@-6.2,106.8,17z`);
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      status: false,
      message:
        'Only map links can be read: Google Maps (maps.app.goo.gl, goo.gl/maps, google.com/maps), OpenStreetMap and Apple Maps.',
      failedCode: 'place-020',
    });
    expect((await link('not a link')).body.failedCode).toBe('place-020');
    expect((await link(`https://${short.host}/abc`)).body.failedCode).toBe('place-020');
    expect(elsewhere.seen).toEqual([]);
  });

  it('never follows a redirect to another host', async () => {
    const r = await link(`${short.url}/away`);
    expect(r.status).toBe(422);
    expect(r.body.failedCode).toBe('place-020');
    expect(r.body.message).toMatch(/^The link led away from the map sites \(to 127\.0\.0\.1\)/);
    expect(elsewhere.seen).toEqual([]);
  });

  it('a page without coordinates: 422 place-021', async () => {
    const r = await link(`${short.url}/nowhere`);
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      status: false,
      message: 'The link did not lead to a place with coordinates.',
      failedCode: 'place-021',
    });
  });

  it('stops after five redirects: 422 place-023', async () => {
    const r = await link(`${short.url}/loop`);
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      status: false,
      message: 'The link redirected more than 5 times.',
      failedCode: 'place-023',
    });
    expect(short.seen.length + maps.seen.length).toBe(5);
  });

  it('a map site that does not answer in time: 504 place-022', async () => {
    const start = Date.now();
    const r = await link(`${slow.url}/x`);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(r.status).toBe(504);
    expect(r.body).toEqual({
      status: false,
      message: 'The map site did not answer within 1 second.',
      failedCode: 'place-022',
    });
  });

  it('requires the url, and a caller with a token', async () => {
    expect((await call('GET', '/link')).body).toMatchObject({ failedCode: 'place-001' });
    expect((await call('GET', `/link?url=${'x'.repeat(2001)}`)).body).toMatchObject({
      failedCode: 'place-002',
    });
    expect((await client(`${s.url}/api/places`)('GET', `/link?url=${short.url}/abc`)).status).toBe(401);
    expect(short.seen).toEqual([]);
  });
});

describe('the default allow-list', () => {
  it('refuses loopback and plain http', async () => {
    const plain = await startServer({});
    try {
      const r = await client(`${plain.url}/api/places`, DEMO_TOKEN)(
        'GET',
        `/link?url=${encodeURIComponent(`${short.url}/abc`)}`,
      );
      expect(r.body.failedCode).toBe('place-020');
      expect(short.seen).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

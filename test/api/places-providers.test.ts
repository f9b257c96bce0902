// External geocoders (decisions 054, 055) against fake providers on loopback answering in their documented
// formats: what is sent (User-Agent, country bias, no type-ahead for Nominatim), how answers are read
// (precision), the organisation's own places first, the cache and Nominatim's one request a second.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeHost, json, type FakeHost } from './fake-host';
import { client, DEMO_TOKEN, OTHER_TOKEN, startServer, type Client, type TestServer } from './harness';
import { nominatimReverse, nominatimSearch, peliasSearch, photonSearch } from './places-fixtures';

const AGENT = 'TaskComposer/test (+ops@example.org)';

interface Found {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: string;
  source: string;
}

async function withProvider(geocoder: 'nominatim' | 'photon' | 'pelias', fake: FakeHost, dir?: string) {
  const s = await startServer({
    geocoder,
    geocoderOptions: { url: fake.url, userAgent: AGENT, timeoutMs: 2000 },
    ...(dir !== undefined ? { dir } : {}),
  });
  return {
    s,
    demo: client(`${s.url}/api/places`, DEMO_TOKEN),
    other: client(`${s.url}/api/places`, OTHER_TOKEN),
  };
}

const found = async (call: Client, path: string): Promise<Found[]> => {
  const r = await call<{ data: Found[] }>('GET', path);
  expect(r.status, r.text).toBe(200);
  return r.body.data;
};

describe('GEOCODER=nominatim', () => {
  let fake: FakeHost;
  let s: TestServer;
  let demo: Client;
  let other: Client;
  beforeAll(async () => {
    fake = await fakeHost((_req, res, seen) =>
      json(res, seen.path === '/reverse' ? nominatimReverse : nominatimSearch),
    );
    ({ s, demo, other } = await withProvider('nominatim', fake));
  });
  afterAll(async () => {
    await s.close();
    await fake.close();
  });
  afterEach(() => void fake.seen.splice(0));

  it('says it allows no type-ahead', async () => {
    const r = await demo('GET', '/settings');
    expect(r.body).toEqual({ data: { provider: 'nominatim', typeAhead: false }, status: true });
  });

  it('asks /search in jsonv2 with the User-Agent and the country, and reads each rank as a precision', async () => {
    const places = await found(demo, '/search?q=monumen%20nasional');
    expect(fake.seen).toHaveLength(1);
    const [asked] = fake.seen;
    expect(asked!.path).toBe('/search');
    expect(asked!.headers['user-agent']).toBe(AGENT);
    expect(Object.fromEntries(asked!.query)).toMatchObject({
      q: 'monumen nasional',
      format: 'jsonv2',
      countrycodes: 'id',
    });
    expect(places.map((p) => [p.name, p.precision, p.source])).toEqual([
      ['Monumen Nasional', 'exact', 'geocoder'],
      ['Jalan Medan Merdeka Barat', 'street', 'geocoder'],
      ['Gambir', 'area', 'geocoder'],
      ['Jakarta Pusat', 'city', 'geocoder'],
    ]);
    expect(places[0]).toMatchObject({ lat: -6.1753942, lng: 106.827183 });
    expect(places[0]!.address).toContain('Jalan Medan Merdeka Barat, Gambir');
  });

  it("puts the organisation's own places first, and never another organisation's", async () => {
    const mine = await found(demo, '/search?q=jalan%20medan%20merdeka');
    expect(mine[0]).toMatchObject({ name: 'Jakarta', source: 'hub' });
    expect(mine.slice(1).every((p) => p.source === 'geocoder')).toBe(true);
    const theirs = await found(other, '/search?q=jalan%20medan%20merdeka');
    expect(theirs.map((p) => p.source)).not.toContain('hub');
    expect(theirs.length).toBeGreaterThan(0);
  });

  it('sends no search shorter than three characters', async () => {
    expect(await found(demo, '/search?q=mo')).toEqual([]);
    expect(fake.seen).toEqual([]);
  });

  it('answers a repeated search from the cache, also after a restart on the same database', async () => {
    await found(demo, '/search?q=Gambir%20Jakarta');
    await found(demo, '/search?q=gambir,%20JAKARTA');
    expect(fake.seen).toHaveLength(1);
    const dir = `${s.dir}-restart`;
    const first = await withProvider('nominatim', fake, dir);
    await found(first.demo, '/search?q=tugu%20tani');
    await first.s.close();
    const again = await withProvider('nominatim', fake, dir);
    try {
      expect(await found(again.demo, '/search?q=Tugu%20Tani')).toHaveLength(4);
      expect(fake.seen.filter((r) => r.query.get('q')?.toLowerCase() === 'tugu tani')).toHaveLength(1);
    } finally {
      await again.s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reverse: an own place within reach first, else Nominatim /reverse', async () => {
    const hub = await demo('GET', '/reverse?lat=-6.91458&lng=107.60211');
    expect(hub.body.data).toMatchObject({ name: 'Bandung', source: 'hub' });
    expect(fake.seen).toEqual([]);
    const r = await demo('GET', '/reverse?lat=-6.1753942&lng=106.827183');
    expect(r.body.data).toMatchObject({ name: 'Monumen Nasional', precision: 'exact', source: 'geocoder' });
    expect(Object.fromEntries(fake.seen[0]!.query)).toMatchObject({
      lat: '-6.17539',
      lon: '106.82718',
      format: 'jsonv2',
    });
  });

  it('keeps to one request a second, and says so when too many wait', async () => {
    const queries = ['satu', 'dua', 'tiga'];
    const answers = await Promise.all(queries.map((q) => demo('GET', `/search?q=${q}`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const times = fake.seen.map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(950);
    // Twelve at once: five wait (at most five seconds), the rest are refused at once.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => demo('GET', `/search?q=burst${i}`)));
    const busy = burst.filter((b) => b.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.body).toEqual({
      status: false,
      message: 'Too many searches are waiting for the geocoder; try again in a moment.',
      failedCode: 'place-013',
    });
    expect(Number(busy[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 20_000);

  it('refuses callers without a valid token', async () => {
    for (const path of ['/search?q=monas', '/reverse?lat=1&lng=2', '/settings', '/link?url=x'])
      expect((await client(`${s.url}/api/places`, 'nope')('GET', path)).status).toBe(401);
    expect(fake.seen).toEqual([]);
  });
});

describe('GEOCODER=photon', () => {
  it('sends the country box, drops other countries, reads each type as a precision', async () => {
    const fake = await fakeHost((_req, res) => json(res, photonSearch));
    const { s, demo } = await withProvider('photon', fake);
    try {
      expect((await demo('GET', '/settings')).body.data).toEqual({ provider: 'photon', typeAhead: true });
      const places = await found(demo, '/search?q=mo');
      expect(fake.seen[0]!.path).toBe('/api');
      expect(fake.seen[0]!.headers['user-agent']).toBe(AGENT);
      expect(Object.fromEntries(fake.seen[0]!.query)).toMatchObject({
        q: 'mo',
        bbox: '94.7,-11.2,141.1,6.3',
      });
      expect(places.map((p) => [p.name, p.precision])).toEqual([
        ['Monumen Nasional', 'exact'],
        ['Jalan Medan Merdeka Barat', 'street'],
        ['Gambir', 'area'],
      ]);
      expect(places[0]!.address).toBe(
        'Jalan Medan Merdeka Barat, Gambir, Jakarta Pusat, Daerah Khusus ibukota Jakarta, 10110, Indonesia',
      );
      const r = await demo('GET', '/reverse?lat=-6.17&lng=106.82');
      expect(fake.seen[1]!.path).toBe('/reverse');
      expect(r.body.data).toMatchObject({ name: 'Monumen Nasional', source: 'geocoder' });
    } finally {
      await s.close();
      await fake.close();
    }
  });
});

describe('GEOCODER=pelias', () => {
  it('asks /v1/autocomplete with boundary.country=IDN, reads each layer as a precision', async () => {
    const fake = await fakeHost((_req, res) => json(res, peliasSearch));
    const { s, demo } = await withProvider('pelias', fake);
    try {
      const places = await found(demo, '/search?q=monas');
      expect(fake.seen[0]!.path).toBe('/v1/autocomplete');
      expect(fake.seen[0]!.headers['user-agent']).toBe(AGENT);
      expect(Object.fromEntries(fake.seen[0]!.query)).toMatchObject({
        text: 'monas',
        'boundary.country': 'IDN',
      });
      expect(places.map((p) => [p.name, p.address, p.precision])).toEqual([
        ['Monumen Nasional', 'Monumen Nasional, Jakarta Pusat, Indonesia', 'exact'],
        ['Jalan Medan Merdeka Barat', 'Jalan Medan Merdeka Barat, Jakarta Pusat, Indonesia', 'street'],
        ['Gambir', 'Gambir, Jakarta, Indonesia', 'area'],
        ['Jakarta', 'Jakarta, Indonesia', 'city'],
      ]);
      expect((await found(demo, '/search?q=monas&limit=2')).map((p) => p.name)).toEqual([
        'Monumen Nasional',
        'Jalan Medan Merdeka Barat',
      ]);
      expect(fake.seen).toHaveLength(1);
      await demo('GET', '/reverse?lat=-6.17&lng=106.82');
      expect(fake.seen[1]!.path).toBe('/v1/reverse');
      expect(Object.fromEntries(fake.seen[1]!.query)).toMatchObject({
        'point.lat': '-6.17',
        'point.lon': '106.82',
      });
    } finally {
      await s.close();
      await fake.close();
    }
  });
});

describe('a provider that fails', { timeout: 15_000 }, () => {
  const serve = async (handler: Parameters<typeof fakeHost>[0], url?: string) => {
    const fake = await fakeHost(handler);
    const s = await startServer({
      geocoder: 'photon',
      geocoderOptions: { url: url ?? fake.url, userAgent: AGENT, timeoutMs: 1000 },
    });
    const demo = client(`${s.url}/api/places`, DEMO_TOKEN);
    return { demo, fake, close: async () => (await s.close(), await fake.close()) };
  };

  it('too slow: 504 place-010 after the time limit, without hanging', async () => {
    const { demo, close } = await serve(() => undefined);
    try {
      const start = Date.now();
      const r = await demo('GET', '/search?q=monas');
      expect(Date.now() - start).toBeLessThan(3000);
      expect(r.status).toBe(504);
      expect(r.body).toEqual({
        status: false,
        message: 'The geocoder did not answer within 1 second.',
        failedCode: 'place-010',
      });
      expect((await demo('GET', '/reverse?lat=-6.2&lng=106.8')).body.failedCode).toBe('place-010');
    } finally {
      await close();
    }
  });

  it('unreachable or failing: 502 place-011, and nothing is cached', async () => {
    const { demo, fake, close } = await serve((_req, res) => json(res, { error: 'down' }, 500));
    try {
      for (let i = 0; i < 2; i++) {
        const r = await demo('GET', '/search?q=monas');
        expect(r.status).toBe(502);
        expect(r.body).toEqual({
          status: false,
          message: 'The geocoder could not be reached.',
          failedCode: 'place-011',
        });
      }
      expect(fake.seen).toHaveLength(2);
    } finally {
      await close();
    }
    const gone = await serve(() => undefined, 'http://127.0.0.1:9');
    try {
      expect((await gone.demo('GET', '/search?q=monas')).body.failedCode).toBe('place-011');
    } finally {
      await gone.close();
    }
  });

  it('an oversized or unreadable answer: 502 place-012', async () => {
    const big = { type: 'FeatureCollection', features: [], padding: 'x'.repeat(2 * 1024 * 1024) };
    const { demo, fake, close } = await serve((req, res) =>
      req.url?.includes('huge') ? json(res, big) : res.end('<html>not json</html>'),
    );
    try {
      for (const q of ['huge', 'html']) {
        const r = await demo('GET', `/search?q=${q}`);
        expect(r.status).toBe(502);
        expect(r.body).toEqual({
          status: false,
          message: 'The geocoder sent an answer that could not be read.',
          failedCode: 'place-012',
        });
      }
      expect(fake.seen).toHaveLength(2);
    } finally {
      await close();
    }
  });
});

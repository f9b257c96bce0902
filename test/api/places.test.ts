// GET /api/places/search and /reverse with the built-in geocoder (decision 053): the organisation's hubs
// and past tasks, the shared cities, and nothing of another organisation.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  DEMO,
  DEMO_TOKEN,
  DOCS_BODY,
  OTHER,
  OTHER_TOKEN,
  startServer,
  type Client,
  type TestServer,
} from './harness';

let s: TestServer;
let demo: Client;
let other: Client;
let anonymous: Client;
beforeAll(async () => {
  s = await startServer();
  demo = client(`${s.url}/api/places`, DEMO_TOKEN);
  other = client(`${s.url}/api/places`, OTHER_TOKEN);
  anonymous = client(`${s.url}/api/places`);
});
afterAll(() => s.close());

interface Found {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: string;
  source: string;
}

const search = async (call: Client, q: string): Promise<Found[]> => {
  const r = await call<{ data: Found[]; status: true }>('GET', `/search?q=${encodeURIComponent(q)}`);
  expect(r.status, r.text).toBe(200);
  return r.body.data;
};

describe('GET /api/places/search', () => {
  it('finds a hub by the start of its name, before the cities of the same name', async () => {
    const found = await search(demo, 'band');
    expect(found[0]).toEqual({
      name: 'Bandung',
      address: 'Jalan Stasiun Barat 11, Bandung 40181, Jawa Barat, Indonesia',
      lat: -6.91458,
      lng: expect.any(Number),
      precision: 'exact',
      source: 'hub',
    });
    expect(found.some((p) => p.source === 'city' && p.name === 'Bandung')).toBe(true);
  });

  it('finds a hub by partial words of its address', async () => {
    const found = await search(demo, 'jal stasi');
    expect(found.map((p) => [p.name, p.source])).toEqual([['Bandung', 'hub']]);
  });

  it("never offers another organisation's hubs", async () => {
    expect((await search(other, 'jalan stasiun')).filter((p) => p.source === 'hub')).toEqual([]);
  });

  it('finds a city of Indonesia with its province', async () => {
    const found = await search(demo, 'balikpapan');
    expect(found[0]).toMatchObject({
      name: 'Balikpapan',
      address: 'Balikpapan, East Kalimantan, Indonesia',
      precision: 'city',
      source: 'city',
    });
  });

  it('offers the town of a street address it does not know, as a city', async () => {
    const found = await search(demo, 'Jl. Pemuda 12, Kec. Tamalate, Makassar');
    expect(found[0]).toMatchObject({ name: 'Makassar', precision: 'city', source: 'city' });
    expect(found.every((p) => p.source === 'city')).toBe(true);
    expect(await search(demo, 'Jl. Pemuda 12, Qwxyz')).toEqual([]);
  });

  it('tolerates a typo', async () => {
    expect((await search(demo, 'Balikpapam'))[0]?.name).toBe('Balikpapan');
    expect((await search(demo, 'Bandnug')).map((p) => p.name)).toContain('Bandung');
  });

  it("finds a past task's customer and address for its organisation only", async () => {
    expect(await search(demo, 'jack wa')).toEqual([]);
    expect((await s.demo('POST', '/task', DOCS_BODY)).status).toBe(201);
    await s.demo('POST', '/task', DOCS_BODY);
    const byName = await search(demo, 'jack wa');
    expect(byName).toEqual([
      {
        name: 'Jack Ward',
        address: 'Gambir Jakarta',
        lat: -6.230815251,
        lng: 106.75684387,
        precision: 'exact',
        source: 'task',
      },
    ]);
    expect((await search(demo, 'gambir')).map((p) => p.name)).toContain('Jack Ward');
    expect(await search(other, 'jack')).toEqual([]);
  });

  it('bounds the number of results', async () => {
    const r = await demo<{ data: Found[] }>('GET', '/search?q=ba&limit=3');
    expect(r.body.data).toHaveLength(3);
  });

  it('keeps an own place first when only one place is asked for', async () => {
    const r = await demo<{ data: Found[] }>('GET', '/search?q=band&limit=1');
    expect(r.body.data.map((p) => [p.name, p.source])).toEqual([['Bandung', 'hub']]);
  });
});

describe('GET /api/places/search in a large organisation', () => {
  // More own places than the index ranks share the first letters of the cities dispatchers misspell, so
  // the cities must not be crowded out; none of these places is itself one typo from those cities.
  let big: TestServer;
  let bigDemo: Client;
  beforeAll(async () => {
    big = await startServer();
    bigDemo = client(`${big.url}/api/places`, DEMO_TOKEN);
    const place = (
      organizationId: string,
      ref: string,
      name: string,
      address = `Jalan Surya Yogi ${ref}, Bantar Gebang`,
    ) => ({
      organizationId,
      ref,
      name,
      address,
      lat: -6.3,
      lng: 106.99,
      precision: 'exact' as const,
      source: 'task' as const,
    });
    big.store!.places.put(place(DEMO._id, 'oldest', 'Toko Maknyus'));
    for (let i = 0; i < 1500; i++) big.store!.places.put(place(DEMO._id, `t${i}`, `Toko Makmur ${i}`));
    big.store!.places.put(place(OTHER._id, 'theirs', 'Toko Makmur Lain'));
    big.store!.places.put(place(DEMO._id, 'once', 'Bu Ratna Sekali'));
    // One row per task of a customer served 120 times at the same address.
    for (let i = 0; i < 120; i++)
      big.store!.places.put(place(DEMO._id, `r${i}`, 'Bu Ratna Langganan', 'Jalan Kenari 5, Bogor'));
  });
  afterAll(() => big.close());

  it.each([
    ['makasar', 'Makassar'],
    ['surabya', 'Surabaya'],
    ['bandng', 'Bandung'],
    ['jogja', 'Yogyakarta'],
    ['yogya', 'Yogyakarta'],
    ['Jogjakarta', 'Yogyakarta'],
    ['solo', 'Surakarta'],
  ])('"%s" finds the city of %s', async (q, city) => {
    const found = await search(bigDemo, q);
    expect(found.filter((p) => p.source === 'city').map((p) => p.name)).toContain(city);
  });

  it('still finds an older customer behind many newer places that share its first letters', async () => {
    const found = await search(bigDemo, 'maknyus');
    expect(found.map((p) => [p.name, p.source])).toEqual([['Toko Maknyus', 'task']]);
  });

  it('answers a repeat customer once, without hiding another customer behind its many tasks', async () => {
    const found = await search(bigDemo, 'bu ratna');
    expect(found.map((p) => p.name)).toEqual(['Bu Ratna Langganan', 'Bu Ratna Sekali']);
  });

  it("ranks own places first and never offers another organisation's", async () => {
    const found = await search(bigDemo, 'toko makmur');
    expect(found).toHaveLength(8);
    expect(found.every((p) => p.source === 'task' && p.name.startsWith('Toko Makmur '))).toBe(true);
    expect(found.map((p) => p.name)).not.toContain('Toko Makmur Lain');
  });
});

describe('GET /api/places/reverse', () => {
  it('names the hub a point is next to', async () => {
    const r = await demo('GET', '/reverse?lat=-6.2055&lng=106.8470');
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ name: 'Jakarta', source: 'hub', precision: 'exact' });
  });

  it('names the nearest city where no own place is close, and nothing far from everything', async () => {
    const nearCity = await other('GET', '/reverse?lat=-1.2650&lng=116.8300');
    expect(nearCity.body.data).toMatchObject({ name: 'Balikpapan', source: 'city' });
    const atSea = await demo('GET', '/reverse?lat=-10.5&lng=90.1');
    expect(atSea.body).toEqual({ data: null, status: true });
  });
});

describe('refusals', () => {
  it.each([['/search?q=band'], ['/reverse?lat=-6.2&lng=106.8']])(
    '%s: 401 without a valid token',
    async (path) => {
      const r = await anonymous('GET', path);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ status: false, message: 'Unauthenticated.' });
    },
  );

  it.each([
    ['/search', 'q', 'place-001'],
    ['/search?q=%20%20', 'q', 'place-001'],
    [`/search?q=${'a'.repeat(201)}`, 'q', 'place-002'],
    ['/search?q=band&limit=21', 'limit', 'place-009'],
    ['/reverse?lat=abc&lng=106.8', 'lat', 'place-009'],
    ['/reverse?lat=-6.2&lng=181', 'lng', 'place-009'],
    ['/reverse?lat=-6.2', 'lng', 'place-009'],
  ])('%s: 400 in the error envelope naming %s', async (path, field, failedCode) => {
    const r = await demo('GET', path);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: false, failedCode, errors: { [field]: [expect.any(String)] } });
  });
});

describe('GEOCODER=none and older databases', () => {
  it('finds nothing when the geocoder is off', async () => {
    const off = await startServer({ geocoder: 'none' });
    try {
      const r = await client(`${off.url}/api/places`, DEMO_TOKEN)('GET', '/search?q=bandung');
      expect(r.body).toEqual({ data: [], status: true });
    } finally {
      await off.close();
    }
  });

  it('indexes the tasks of a database written before the places index', async () => {
    const first = await startServer({ dir: s.dir + '-backfill' });
    await first.demo('POST', '/task', DOCS_BODY);
    await first.app.close();
    first.store?.close();
    const db = new Database(first.dbPath);
    db.exec('DROP TABLE places_fts; DROP TABLE places; DROP TABLE geocode_cache;');
    db.pragma('user_version = 3');
    db.close();
    const again = await startServer({ dir: first.dir });
    try {
      const found = await search(client(`${again.url}/api/places`, DEMO_TOKEN), 'jack');
      expect(found.map((p) => p.source)).toEqual(['task']);
    } finally {
      await again.close();
      rmSync(first.dir, { recursive: true, force: true });
    }
  });
});

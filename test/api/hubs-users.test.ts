// GET /hubs and GET /users: the documented shapes, filters, and no secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_TOKEN, JAKARTA, startServer, type TestServer } from './harness';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS, type Schema } from './swagger';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('GET /hubs', () => {
  it('answers {data:[…], status:true} in the documented shape, sorted by name', async () => {
    const r = await s.demo('GET', '/hubs');
    expect(r.status).toBe(200);
    const schema = responseSchema('Hub', '/hubs', 'get', '200');
    // The definition types `data` as an object while its own example (and MileApp) give a list: the
    // example wins, the rest of the definition is checked as written.
    const asDocumented = {
      ...schema,
      properties: { ...schema.properties, data: { type: 'array' } },
    } as Schema;
    expect(checkSchema(SPECS.Hub, asDocumented, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Hub', schema), r.body)).toEqual([]);
    expect(r.body.data.map((h: { name: string }) => h.name)).toEqual([
      'Bandung',
      'Denpasar',
      'Jakarta',
      'Makassar',
      'Medan',
      'Surabaya',
    ]);
    expect(r.body.data.find((h: { _id: string }) => h._id === JAKARTA)).toMatchObject({
      name: 'Jakarta',
      lat: -6.205154152722965,
      lng: 106.84667067970608,
      organizationId: DEMO._id,
    });
  });

  it.each([
    ['q=ja', ['Jakarta']],
    ['q=AN', ['Bandung', 'Medan']],
    ['name=jakarta', ['Jakarta']],
    ['name=Jak', []],
    ['sortOrder=desc&limit=2', ['Surabaya', 'Medan']],
    ['limit=2&page=2', ['Jakarta', 'Makassar']],
  ])('%s', async (q, expected) => {
    const r = await s.demo('GET', `/hubs?${q}`);
    expect(r.body.data.map((h: { name: string }) => h.name)).toEqual(expected);
  });

  it('projects with fields', async () => {
    const r = await s.demo('GET', '/hubs?fields=name,lat,lng&name=Jakarta');
    expect(r.body.data).toEqual([
      { _id: JAKARTA, name: 'Jakarta', lat: -6.205154152722965, lng: 106.84667067970608 },
    ]);
  });
});

describe('GET /users', () => {
  it('answers {data:[…], status:true}; users look like the documented user', async () => {
    const r = await s.demo('GET', '/users');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe(true);
    expect(r.body.data).toHaveLength(DEMO.users.length);
    const schema = responseSchema('User', '/users', 'get', '200');
    expect(checkSchema(SPECS.User, schema, r.body)).toEqual([]);
    // The docs' example user carries login, billing and organisation details this server has no
    // notion of; the keys it does return are compared.
    const documented = exampleOf('User', schema) as Record<string, unknown>;
    const keys = [
      '_id',
      'name',
      'email',
      'hubId',
      'organizationId',
      'status',
      'updatedTime',
      'createdTime',
      'phoneNumber',
    ];
    for (const u of r.body.data) {
      const shared = Object.fromEntries(keys.map((k) => [k, documented[k]]));
      expect(checkExampleShape(shared, u)).toEqual([]);
    }
  });

  it('never exposes tokens or secrets', async () => {
    const r = await s.demo('GET', '/users');
    expect(r.text).not.toContain(DEMO_TOKEN);
    expect(r.text).not.toMatch(/token|password|secret|hash/i);
  });

  it.each([
    [`hubId=${JAKARTA}&status=active`, ['Roger', 'Leandro', 'Siti Rahmawati']],
    [`hubId=${JAKARTA}&status=inactive`, ['Agus Hidayat']],
    ['q=leandro', ['Leandro']],
    ['q=EXAMPLE.COM&hubId=634e98498ce07d29474a7e2e', ['Andi Saputra']],
  ])('%s', async (q, expected) => {
    const r = await s.demo('GET', `/users?${q}`);
    expect(r.body.data.map((u: { name: string }) => u.name)).toEqual(expected);
  });

  it('projects with fields', async () => {
    const r = await s.demo('GET', '/users?fields=name,email,status&q=leandro');
    expect(r.body.data).toEqual([
      { _id: '634e98098ce07d29474a7e24', name: 'Leandro', email: 'leandro@mile.app', status: 'active' },
    ]);
  });
});

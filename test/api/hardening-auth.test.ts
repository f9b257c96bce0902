// Issue 12, who may do what: a token is checked before the body is read, failed attempts are limited per
// address, an inactive user is locked out, and inside an organisation a field user and a dispatcher of
// one hub reach only what decision 049 gives them, on every route.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/config';
import { BANDUNG, client, DOCS_BODY, JAKARTA, startServer, type TestServer } from './harness';

const FIELD = 'field-leandro-7a1c9e3b5d2f4a6c8e0b';
const INACTIVE = 'inactive-agus-3f5d7b9a1c2e4f6a8b0d';
const BANDUNG_ONLY = 'dispatcher-hana-bandung-5c7e9a1b3d';
const ADMIN = 'admin-owner-whole-org-1b3d5f7a9c2e';

const dir = mkdtempSync(join(tmpdir(), 'composer-roles-'));
let s: TestServer;

beforeAll(async () => {
  const seed = JSON.parse(readFileSync(DEFAULT_SEED, 'utf8'));
  const demo = seed.organizations[0];
  const user = (name: string) => demo.users.find((u: { name: string }) => u.name === name);
  user('Leandro').tokens = [FIELD];
  user('Agus Hidayat').tokens = [INACTIVE];
  demo.users.push(
    {
      _id: '634e98098ce07d29474a7e51',
      name: 'Hana',
      email: 'hana@mile.app',
      status: 'active',
      hubId: [BANDUNG],
      role: 'dispatcher',
      tokens: [BANDUNG_ONLY],
    },
    {
      _id: '634e98098ce07d29474a7e52',
      name: 'Olga',
      email: 'olga@mile.app',
      status: 'active',
      hubId: [],
      role: 'admin',
      tokens: [ADMIN],
    },
  );
  const file = join(dir, 'roles.json');
  writeFileSync(file, JSON.stringify(seed));
  s = await startServer({ seed: file });
});
afterAll(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (token: string) => client(s.api, token);
const visitAt = (hubId: string, extra: Record<string, unknown> = {}) => ({ ...DOCS_BODY, hubId, ...extra });

describe('authentication before the body', () => {
  it('refuses a missing or unknown token without parsing the body', async () => {
    for (const token of [undefined, 'no-such-token-anywhere-1234']) {
      const r = await client(s.api, token)('POST', '/task', '{"flow": "Visit", this is not JSON');
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ status: false, message: 'Unauthenticated.' });
    }
  });

  it("refuses an inactive user's token on every route", async () => {
    for (const [method, path, body] of [
      ['GET', '/hubs'],
      ['GET', '/tasks'],
      ['POST', '/task', visitAt(JAKARTA)],
    ] as const) {
      const r = await as(INACTIVE)(method, path, body);
      expect(r.status, path).toBe(401);
    }
  });
});

describe('failed authentication per client address', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ failedAuthLimit: 5 });
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After once an address has failed too often', async () => {
    const wrong = client(limited.api, 'wrong-token-0123456789abcdef');
    for (let i = 0; i < 5; i++) expect((await wrong('GET', '/hubs')).status).toBe(401);
    const r = await wrong('GET', '/hubs');
    expect(r.status).toBe(429);
    expect(r.body).toMatchObject({ status: false, failedCode: 'sys-036' });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('roles inside an organisation', () => {
  let jakartaTask: string;
  let bandungTask: string;
  let assigned: string;
  beforeAll(async () => {
    jakartaTask = (await s.demo('POST', '/task', visitAt(JAKARTA))).body.task._id;
    bandungTask = (await s.demo('POST', '/task', visitAt(BANDUNG))).body.task._id;
    assigned = (await s.demo('POST', '/task', visitAt(JAKARTA, { assignee: 'leandro@mile.app' }))).body.task
      ._id;
  });

  it('a dispatcher of one hub creates only there, in one task and in bulk', async () => {
    const hana = as(BANDUNG_ONLY);
    expect((await hana('POST', '/task', visitAt(BANDUNG))).status).toBe(201);
    const elsewhere = await hana('POST', '/task', visitAt(JAKARTA));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ status: false, failedCode: 'task-035' });
    expect(elsewhere.body.errors.hubId).toHaveLength(1);
    const bulk = await hana('POST', '/tasks/bulk/', { tasks: [visitAt(BANDUNG), visitAt(JAKARTA)] });
    expect(bulk.body).toMatchObject({ success: 1, failed: 1 });
    expect(bulk.body.tasks[1]).toMatchObject({ status: false, failedCode: 'task-035' });
  });

  it('a dispatcher of one hub reads only that hub: hubs, users, tasks', async () => {
    const hana = as(BANDUNG_ONLY);
    const hubs = await hana('GET', '/hubs');
    expect(hubs.body.data.map((h: { _id: string }) => h._id)).toEqual([BANDUNG]);
    const users = await hana('GET', '/users?limit=100');
    for (const u of users.body.data) expect(u.hubId).toContain(BANDUNG);
    const tasks = await hana('GET', '/tasks?limit=1000');
    expect(tasks.body.tasks.total).toBeGreaterThan(0);
    for (const t of tasks.body.tasks.data) expect(t.hubId).toBe(BANDUNG);
    expect((await hana('GET', `/task/${bandungTask}`)).status).toBe(200);
    expect((await hana('GET', `/task/${jakartaTask}`)).status).toBe(404);
    expect((await hana('GET', `/tasks?hubId=${JAKARTA}`)).body.tasks.total).toBe(0);
  });

  it('a field user reads only the tasks assigned to them, and creates only at their hub', async () => {
    const leandro = as(FIELD);
    const tasks = await leandro('GET', '/tasks?limit=1000');
    expect(tasks.body.tasks.data.map((t: { _id: string }) => t._id)).toEqual([assigned]);
    expect((await leandro('GET', `/task/${assigned}`)).status).toBe(200);
    expect((await leandro('GET', `/task/${jakartaTask}`)).status).toBe(404);
    expect((await leandro('POST', '/task', visitAt(JAKARTA))).status).toBe(201);
    expect((await leandro('POST', '/task', visitAt(BANDUNG))).status).toBe(403);
    const hubs = await leandro('GET', '/hubs');
    expect(hubs.body.data.map((h: { _id: string }) => h._id)).toEqual([JAKARTA]);
  });

  it('an admin reaches the whole organisation, as the demo dispatcher of every hub does', async () => {
    const olga = as(ADMIN);
    expect((await olga('GET', '/hubs')).body.data).toHaveLength(6);
    expect((await olga('POST', '/task', visitAt(BANDUNG))).status).toBe(201);
    expect((await olga('GET', `/task/${jakartaTask}`)).status).toBe(200);
    expect((await s.demo('GET', `/task/${bandungTask}`)).status).toBe(200);
  });
});

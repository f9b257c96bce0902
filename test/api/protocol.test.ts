// HTTP-level answers, all in MileApp's envelope and none a crash: body limit, malformed JSON, content
// types, unknown paths, wrong methods, Accept, rate limiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, DOCS_BODY, JAKARTA, OTHER_TOKEN, startServer, taskCount, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ bodyLimit: 64 * 1024 });
});
afterAll(() => s.close());

function noStack(text: string) {
  expect(text).not.toMatch(/at .+\.(ts|js):\d+|node_modules|Error:/);
}

describe('refused requests', () => {
  it('a body over the limit → 413', async () => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, field1: 'x'.repeat(70 * 1024) });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ status: false, failedCode: 'sys-040' });
    expect(await taskCount(s.demo)).toBe(before);
  });

  it.each(['{"flow": "Visit",', '{flow: Visit}', '{"a":1}}', '\u0000'])(
    'malformed JSON %j → 400',
    async (raw) => {
      const r = await s.demo('POST', '/task', raw);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ status: false, failedCode: 'sys-013' });
      noStack(r.text);
    },
  );

  it('a body nested deeper than 32 levels → 400 sys-013, nothing stored; 32 levels are parsed', async () => {
    const before = await taskCount(s.demo);
    const deep = `{"flow":"Visit","field1":${'['.repeat(33)}${']'.repeat(33)}}`;
    const r = await s.demo('POST', '/task', deep);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: false, failedCode: 'sys-013' });
    expect(r.body.message).toMatch(/nested more than 32 levels/);
    // 32 levels in all (the body object and 31 arrays): parsed, then refused by validation as a value.
    const ok = `{"flow":"Visit","field1":${'['.repeat(31)}${']'.repeat(31)}}`;
    const v = await s.demo('POST', '/task', ok);
    expect(v.status).toBe(400);
    expect(v.body.failedCode).not.toBe('sys-013');
    // Brackets inside strings are not nesting: a text value full of them is an ordinary value.
    const text = await s.demo('POST', '/task', { ...DOCS_BODY, field1: '[{'.repeat(40) });
    expect(text.status).toBe(201);
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('a body that starts with a UTF-8 byte order mark is read like any other', async () => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/task', `\uFEFF${JSON.stringify(DOCS_BODY)}`);
    expect(r.status).toBe(201);
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('an empty JSON body → 400', async () => {
    const r = await s.demo('POST', '/task', '', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.status).toBe(false);
  });

  it('an unsupported content type → 415', async () => {
    const r = await s.demo('POST', '/task', 'flow=Visit', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(r.status).toBe(415);
    expect(r.body).toMatchObject({ status: false });
    const xml = await s.demo('POST', '/tasks/bulk/', '<tasks/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
  });

  it('an unknown path → 404, with or without a token', async () => {
    for (const c of [s.demo, s.anonymous]) {
      const r = await c('GET', '/nothing/here');
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ status: false, message: 'URL Address is not found', failedCode: 'sys-033' });
    }
    expect((await client(s.url)('GET', '/api/v2/tasks')).status).toBe(404);
  });

  it.each([
    ['DELETE', '/flows', 'GET'],
    ['POST', '/hubs', 'GET'],
    ['PUT', '/task', 'POST'],
    ['GET', '/tasks/bulk/', 'POST'],
    ['PATCH', '/task/000000000000000000000000', 'GET'],
  ])('%s %s → 405, Allow: %s', async (method, path, allow) => {
    const r = await s.demo(method, path);
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe(allow);
    expect(r.body).toMatchObject({ status: false, message: 'Method Not Allowed.' });
  });

  it('an Accept header that excludes JSON → 406; JSON, wildcards and browsers are fine', async () => {
    const r = await s.demo('GET', '/hubs', undefined, { accept: 'text/html' });
    expect(r.status).toBe(406);
    expect(r.body.status).toBe(false);
    for (const accept of [
      'application/json',
      '*/*',
      'text/html,application/xhtml+xml,*/*;q=0.8',
      'application/json; charset=utf-8',
    ])
      expect((await s.demo('GET', '/hubs', undefined, { accept })).status, accept).toBe(200);
  });

  it('odd but valid JSON values never crash the server', async () => {
    const bodies = [
      '{"flow":{"toString":1},"hubId":{"valueOf":2}}',
      '{"constructor":{"prototype":{"polluted":true}},"flow":"Visit"}',
      '{"assignee":[{"__proto__":1}],"flow":"Visit","hubId":[]}',
      JSON.stringify({ ...DOCS_BODY, startTime: 1e308, field3: [[[]]] }),
      `{"tasks":[${'{},'.repeat(50)}{}]}`,
      // 100 000 levels: JSON.parse copes, anything recursive after it would not.
      `{"flow":"Delivery","packagePhoto":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `{"tasks":[{"senderSignature":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}]}`,
    ];
    for (const b of bodies) {
      for (const path of ['/task', '/tasks/bulk/']) {
        const r = await s.demo('POST', path, b);
        expect(r.status, `${path} ${b}`).toBeGreaterThanOrEqual(200);
        expect(r.status, `${path} ${b}`).toBeLessThan(500);
        noStack(r.text);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('rate limit: 100 requests per second per organisation', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ rateLimit: 100 });
  });
  afterAll(() => limited.close());

  it("answers 429 sys-036 past 100 in a second; another organisation's requests still pass", async () => {
    const answers = await Promise.all(Array.from({ length: 130 }, () => limited.demo('GET', '/hubs')));
    const codes = answers.map((a) => a.status);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(100);
    // All 130 went out at once: unless the second turned over mid-burst, 30 are refused.
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body).toEqual({ status: false, message: 'Too many requests', failedCode: 'sys-036' });
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const other = await client(limited.api, OTHER_TOKEN)('GET', '/hubs');
    expect(other.status).toBe(200);
  });

  it('counts again in the next second', async () => {
    await Promise.all(Array.from({ length: 120 }, () => limited.demo('GET', '/hubs')));
    await new Promise((r) => setTimeout(r, 1100));
    expect((await limited.demo('GET', '/hubs')).status).toBe(200);
  });
});

describe('bodies built to make the answer expensive', () => {
  it('300 000 unknown keys in a bulk item: it lists the first 100 fields, counting all, no bigger than the body', async () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(',');
    const big = await startServer();
    // Over POST /task's body limit (413): sent as one item of a bulk, whose limit is 8 MiB.
    const r = await big.demo(
      'POST',
      '/tasks/bulk/',
      `{"tasks":[{"flow":"Visit","hubId":"${JAKARTA}","field1":"x",${keys}}]}`,
    );
    expect(r.status).toBe(201);
    expect(Object.keys(r.body.tasks[0].errors)).toHaveLength(100);
    expect(r.body.tasks[0].message).toMatch(/\(and 299999 more errors\)$/);
    expect(r.text.length).toBeLessThan(100_000);
    expect(await taskCount(big.demo)).toBe(0);
    await big.close();
  });
});

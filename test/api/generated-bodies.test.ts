// Property-based: thousands of generated POST /task bodies (test/generators) against the server, and the
// same bodies through the browser's validator (src/flow validateTaskBody with what the web app knows:
// the flows, hubs and users the API lists). Never a 5xx; refused bodies leave nothing behind; accepted
// ones read back as sent; browser and server accept exactly the same bodies and name the same fields.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depthOf, MAX_BODY_DEPTH } from '../../server/http/body-depth';
import { sizeRefusal, TASK_BODY_LIMIT } from '../../server/tasks/limits';
import { assigneeItems } from '../../src/flow/body-checks';
import { parseDatetime } from '../../src/flow/datetime';
import { normaliseFlow } from '../../src/flow/normalise';
import { evaluateRules } from '../../src/flow/rules';
import type { FlowSpec } from '../../src/flow/types';
import { validateTaskBody, type TaskContext } from '../../src/flow/validate';
import { isAbsent } from '../../src/flow/values';
import { bodyArb, safeParse, toWire, type Entries } from '../generators/task-body';
import { demoWorld } from '../generators/world';
import { recordReliability } from '../support/reliability';
import { toolEnv } from '../support/tool-env';
import { DEMO_TOKEN, startServer, type TestServer } from './harness';

const RUNS = toolEnv.propertyRuns;
const BULK_RUNS = Math.ceil(RUNS / 10);
const world = demoWorld();
let s: TestServer;
let app: FastifyInstance;
let browser: TaskContext;
let flows: Map<string, FlowSpec>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read freely
type Json = any;
async function call(
  method: 'GET' | 'POST',
  url: string,
  payload?: string,
): Promise<{ status: number; body: Json }> {
  const r = await app.inject({
    method,
    url: `/api/v3${url}`,
    headers: {
      authorization: `Bearer ${DEMO_TOKEN}`,
      accept: 'application/json',
      'content-type': 'application/json',
    },
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: r.statusCode, body: safeParse(r.body).ok ? JSON.parse(r.body) : r.body };
}
const taskTotal = async () => (await call('GET', '/tasks?limit=1')).body.tasks.total as number;
/** The organisation's task count as of the last case: each case checks it moved by exactly its own 201s. */
let known = 0;
async function expectCount(created: number) {
  known += created;
  expect(await taskTotal()).toBe(known);
}

beforeAll(async () => {
  s = await startServer();
  app = s.app;
  // What the web app knows, from the API's own answers (src/api/get-flows.ts normalises the same way).
  const listed = (await call('GET', '/flows?limit=1000')).body.flows.data as unknown[];
  flows = new Map(listed.map((raw) => normaliseFlow(raw)).map((f) => [f.name, f]));
  const hubs = new Set(
    ((await call('GET', '/hubs?limit=1000')).body.data as { _id: string }[]).map((h) => h._id),
  );
  const users = (await call('GET', '/users')).body.data as {
    email: string;
    status: string;
    hubId: string[];
  }[];
  browser = {
    findFlow: (name) => flows.get(name),
    // The form offers only the hubs and active users of the hub the API lists.
    hubExists: (id) => hubs.has(id),
    // E-mail addresses compare without case, as the server's do.
    isAssignable: (email, hubId) =>
      users.some(
        (u) =>
          u.email.toLowerCase() === email.toLowerCase() && u.status === 'active' && u.hubId.includes(hubId),
      ),
  };
});
afterAll(() => s.close());

/** How many bodies carried each kind of hostile input, read off the wire text. */
const injected: Record<string, number> = {};
const KINDS: [string, (wire: string) => boolean][] = [
  ['`__proto__` or `constructor` key', (w) => /"(__proto__|constructor)":/.test(w)],
  ['a string of 1 000 to 200 000 characters', (w) => /"[^"]{1000,}"/.test(w)],
  ['±Infinity (1e999)', (w) => w.includes('1e999')],
  ['a NaN token', (w) => /[:,[]NaN[,\]}]/.test(w)],
  [
    'an impossible date or time such as 2023-02-30, 2023-13-01, 24:61 (text match)',
    (w) => /-02-3\d|-1[3-9]-|-00-|\b24:\d\d|T24:|:6[01]\b/.test(w),
  ],
  ['a bare number or a number in a string', (w) => /:-?\d|:"[+-]?\d+(\.\d*)?"/.test(w)],
  ['nesting of 10 or more levels', (w) => /(\[|\{"a":){10}/.test(w)],
  ['non-ASCII text', (w) => /[^\u0020-\u007e]/.test(w)],
];
const tally = {
  cases: 0,
  created: 0,
  refused400: 0,
  malformedJson: 0,
  tooDeep: 0,
  tooLarge: 0,
  bulkCases: 0,
  bulkItems: 0,
  bulkCreated: 0,
};
/** Set as the last statement of each test: the record says passed only when every test got to its end. */
const finished = { bodies: false, bulk: false };

/** What GET /task/:id must show for a body the server accepted. */
function expectStoredAsSent(task: Record<string, unknown>, body: Record<string, unknown>) {
  const flow = flows.get(body.flow as string)!;
  const { hidden } = evaluateRules(flow.fields, body);
  const ids = new Set(flow.fields.map((f) => f.id));
  for (const [k, v] of Object.entries(body)) {
    if (k === 'flow' || k === 'hubId') expect(task[k]).toBe(v);
    else if (k === 'assignee') expect(task.assignee ?? []).toEqual(assigneeItems(v) ?? []);
    else if (k === 'refId') {
      if (typeof v === 'string' && v.trim() !== '') expect(task.refId).toBe(v);
    } else if (k === 'startTime' || k === 'endTime') {
      if (!isAbsent(v))
        expect(Date.parse(task[k] as string)).toBe(
          Math.floor(parseDatetime(v as string)!.getTime() / 1000) * 1000,
        );
    } else {
      const field = ids.has(k) ? k : k.replace(/_unit$/, '');
      const spec = flow.fields.find((f) => f.id === field);
      if (hidden.has(field)) expect(Object.hasOwn(task, k), `${k} is hidden: not stored`).toBe(false);
      else if (!isAbsent(body[field])) expect(task[k], k).toEqual(v);
      // An empty value stores nothing, or the default of a component the form does not show (decision 005).
      else if (spec?.visible === false && k === field)
        expect(task[k]).toEqual(spec.defaultValue ?? undefined);
      else expect(Object.hasOwn(task, k), `${k} is empty: not stored`).toBe(false);
    }
  }
}

describe('generated POST /task bodies', () => {
  it(`${RUNS} bodies: never 5xx; browser and server agree; refused ones store nothing; accepted ones read back as sent`, async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb(world), async (entries: Entries) => {
        tally.cases++;
        const wire = toWire(entries);
        for (const [kind, test] of KINDS) if (test(wire)) injected[kind] = (injected[kind] ?? 0) + 1;
        const r = await call('POST', '/task', wire);
        expect(r.status, wire.slice(0, 300)).toBeLessThan(500);
        const parsed = safeParse(wire);
        if (Buffer.byteLength(wire, 'utf8') > TASK_BODY_LIMIT) {
          // The size limits (decision 046) come before validation, like the depth limit.
          tally.tooLarge++;
          expect(r.status).toBe(413);
        } else if (!parsed.ok) {
          tally.malformedJson++;
          expect(r.status).toBe(400);
          expect(r.body.failedCode).toBe('sys-013');
        } else if (depthOf(parsed.value) > MAX_BODY_DEPTH) {
          // The HTTP layer's own limit (like the body size), before validation: not the validator's business.
          tally.tooDeep++;
          expect(r.status).toBe(400);
          expect(r.body.failedCode).toBe('sys-013');
        } else if (sizeRefusal(parsed.value) !== undefined) {
          tally.tooLarge++;
          expect(r.status).toBe(400);
          expect(r.body.failedCode).toBe('task-040');
        } else {
          const errors = validateTaskBody(parsed.value, browser);
          if (errors.length === 0 && r.body.failedCode === 'task-040') {
            // Values each under 64 KB that make a task of over 256 KB as stored.
            tally.tooLarge++;
            expect(r.body.message).toMatch(/256 KB/);
          } else if (errors.length === 0) {
            tally.created++;
            expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(201);
            const read = await call('GET', `/task/${r.body.task._id}`);
            expect(read.body.task).toEqual(r.body.task);
            expectStoredAsSent(read.body.task, parsed.value as Record<string, unknown>);
            await expectCount(1);
            return;
          }
          tally.refused400++;
          expect(r.status, `browser refused ${JSON.stringify(errors).slice(0, 300)}`).toBe(400);
          expect(new Set(Object.keys(r.body.errors ?? {}))).toEqual(new Set(errors.map((e) => e.field)));
        }
        await expectCount(0);
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both sides of the line.
    expect(tally.created).toBeGreaterThan(RUNS * 0.2);
    expect(tally.refused400).toBeGreaterThan(RUNS * 0.3);
    finished.bodies = true;
  }, 300_000);

  it(`${BULK_RUNS} bulk requests of 1–6 generated bodies: each item's fate is the browser validator's verdict`, async () => {
    const items = fc.array(
      bodyArb(world).filter((e) => safeParse(toWire(e)).ok),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(items, async (list) => {
        tally.bulkCases++;
        tally.bulkItems += list.length;
        const wire = `{"tasks":[${list.map(toWire).join(',')}]}`;
        const r = await call('POST', '/tasks/bulk/', wire);
        expect(r.status).toBeLessThan(500);
        const bodies = (JSON.parse(wire) as { tasks: unknown[] }).tasks;
        if (depthOf(bodies) + 1 > MAX_BODY_DEPTH) {
          expect(r.status).toBe(400);
          await expectCount(0);
          return;
        }
        expect(r.status).toBe(201);
        const verdicts = bodies.map(
          (b) => sizeRefusal(b) === undefined && validateTaskBody(b, browser).length === 0,
        );
        expect(r.body.tasks.map((t: { status: boolean }) => t.status)).toEqual(verdicts);
        const ok = verdicts.filter(Boolean).length;
        tally.bulkCreated += ok;
        expect(r.body).toMatchObject({ success: ok, failed: list.length - ok });
        await expectCount(ok);
      }),
      { numRuns: BULK_RUNS },
    );
    finished.bulk = true;
  }, 300_000);

  afterAll(() => {
    recordReliability({
      id: 'generated-bodies',
      title: 'Generated bodies against POST /task and the browser validator',
      source: 'test/api/generated-bodies.test.ts (generators in test/generators/)',
      injects:
        "fast-check bodies for the demo flows (Visit, Pickup, Delivery): valid ones, valid ones with 1–3 mutations (wrong types, missing and extra keys, `__proto__`/`constructor`/reserved keys, huge and unicode strings up to 200 000 characters, numbers as strings, NaN and ±Infinity on the wire, impossible dates and times such as 2023-02-30 and 24:61, coordinates out of range or mis-shaped, options not in the list, too many or repeated choices, deep nesting up to 40 levels, another organisation's hub, unassignable or malformed assignees), and key soup; the same bodies in bulk requests.",
      checks:
        'never a 5xx; a body the browser validator (validateTaskBody with the flows, hubs and users the API lists) accepts gets 201 and reads back equal through GET /task/:id with every sent value stored; a refused body gets 400 naming exactly the fields the browser names, and the task count does not move; bulk items succeed exactly when the browser validator accepts them.',
      cases: tally.cases + tally.bulkItems,
      figures: {
        'POST /task bodies': tally.cases,
        '… created (201, read back equal)': tally.created,
        '… refused with 400 by both validators': tally.refused400,
        '… malformed JSON (NaN on the wire): 400 sys-013': tally.malformedJson,
        [`… nested deeper than ${MAX_BODY_DEPTH}: 400 sys-013`]: tally.tooDeep,
        '… over a size limit (a value over 64 KB, a body over 512 KB): 400 task-040 or 413': tally.tooLarge,
        ...Object.fromEntries(KINDS.map(([kind]) => [`bodies with ${kind}`, injected[kind] ?? 0])),
        'bulk requests': tally.bulkCases,
        'bulk items': tally.bulkItems,
        '… bulk items created': tally.bulkCreated,
      },
      passed: finished.bodies && finished.bulk,
    });
  });
});

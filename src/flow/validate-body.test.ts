import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import flowJson from '../../docs/mileapp-openapi/Flow.json';
import { deliveryFlowRaw, validDeliveryBody } from './fixtures';
import { assigneeItems } from './body-checks';
import { normaliseFlow } from './normalise';
import type { FlowSpec } from './types';
import { validateTaskBody, type TaskContext } from './validate';

const HUB = validDeliveryBody.hubId;
const delivery = normaliseFlow(deliveryFlowRaw);
// MileApp's own example flow, whose component ids include the reserved `title` and `content`
const docsDelivery = normaliseFlow(flowJson.definitions.getListResponse.example.flows.data[0]);

function context(flows: FlowSpec[] = [delivery], now = new Date('2023-10-16T00:00:00Z')): TaskContext {
  return {
    findFlow: (name) => flows.find((f) => f.name === name),
    hubExists: (id) => id === HUB,
    isAssignable: (email, hubId) => email === 'leandro@mile.app' && hubId === HUB,
    now: () => now,
  };
}
const ctx = context();
const body = (patch: Record<string, unknown> = {}) => ({ ...validDeliveryBody, ...patch });
const codes = (b: unknown, c = ctx) => validateTaskBody(b, c).map((e) => [e.field, e.code, e.key]);

describe('validateTaskBody: body shape', () => {
  it('accepts the fixture body', () => {
    expect(validateTaskBody(body(), ctx)).toEqual([]);
  });

  it.each([null, [], [body()], 'text', 42, true, undefined, new Date(0), new Map()])(
    'refuses %j as not an object',
    (b) => {
      expect(codes(b)).toEqual([['body', 'task-003', 'notAnObject']]);
    },
  );

  it('accepts a body without a prototype', () => {
    expect(validateTaskBody(Object.assign(Object.create(null) as object, body()), ctx)).toEqual([]);
  });
});

describe('flow and hub', () => {
  it.each([
    [{ flow: undefined }, 'flow', 'task-001', 'required'],
    [{ flow: '' }, 'flow', 'task-001', 'required'],
    [{ flow: 5 }, 'flow', 'task-003', 'text'],
    [{ flow: 'Nope' }, 'flow', 'task-033', 'unknownFlow'],
    [{ hubId: undefined }, 'hubId', 'task-001', 'required'],
    [{ hubId: ['x'] }, 'hubId', 'task-003', 'text'],
    [{ hubId: '000000000000000000000000' }, 'hubId', 'task-033', 'unknownHub'],
  ])('%j → %s %s', (patch, field, code, key) => {
    expect(codes(body(patch))[0]).toEqual([field, code, key]);
  });

  it('an unknown flow stops the field checks but not the reserved-key check', () => {
    expect(codes({ flow: 'Nope', hubId: HUB, customerName: 5, status: 'DONE' })).toEqual([
      ['flow', 'task-033', 'unknownFlow'],
      ['status', 'task-003', 'reservedKey'],
    ]);
  });

  it('runs the component checks of the named flow', () => {
    expect(codes(body({ openTime: '24:61', services: ['A', 'B', 'C', 'D'] }))).toEqual([
      ['openTime', 'task-018', 'time'],
      ['services', 'task-017', 'option'],
    ]);
  });
});

describe('assignee', () => {
  it.each([
    [42, 'task-011', 'array'],
    [{ 0: 'leandro@mile.app' }, 'task-011', 'array'],
    ['leandro@mile.app, not-an-email', 'task-004', 'email'],
    [['not-an-email'], 'task-004', 'email'],
    [[42], 'task-004', 'email'],
    [['someone@elsewhere.co'], 'task-030', 'assigneeNotInHub'],
  ])('%j → %s %s', (assignee, code, key) => {
    expect(codes(body({ assignee }))).toEqual([['assignee', code, key]]);
  });

  it('an empty list, or none, is fine', () => {
    expect(codes(body({ assignee: [] }))).toEqual([]);
    expect(codes(body({ assignee: undefined }))).toEqual([]);
    expect(codes(body({ assignee: ' , ' }))).toEqual([]);
  });

  it('reads one comma-separated string as the list: trimmed, empty items dropped, repeats once', () => {
    expect(codes(body({ assignee: ' leandro@mile.app,, leandro@mile.app ' }))).toEqual([]);
    expect(assigneeItems(' a@x.id,, A@x.id , b@y.id,')).toEqual(['a@x.id', 'b@y.id']);
    expect(assigneeItems([' a@x.id', '', 7, 'a@X.id'])).toEqual(['a@x.id', 7]);
    expect(assigneeItems({ 0: 'a@x.id' })).toBeNull();
  });

  it('is not checked against a hub that does not exist', () => {
    const isAssignable = vi.fn(() => true);
    validateTaskBody(body({ hubId: 'nope' }), { ...ctx, isAssignable });
    expect(isAssignable).not.toHaveBeenCalled();
  });
});

describe('startTime and endTime', () => {
  it.each([
    [{ startTime: '2023-02-30 10:00:00' }, 'startTime', 'task-008', 'datetime'],
    [{ endTime: 1697500000 }, 'endTime', 'task-008', 'datetime'],
    [{ endTime: '2023-10-16T07:00:00+07:00' }, 'endTime', 'task-030', 'endBeforeStart'],
    [{ endTime: '2023-10-16T08:00:00+07:00' }, 'endTime', 'task-030', 'endBeforeStart'],
  ])('%j → %s %s', (patch, field, code, key) => {
    expect(codes(body(patch))).toEqual([[field, code, key]]);
  });

  it('compares instants, not text: 09:00+07:00 is before 03:00Z', () => {
    expect(codes(body({ startTime: '2023-10-16T09:00:00+07:00', endTime: '2023-10-16T03:00:00Z' }))).toEqual(
      [],
    );
  });

  it('only an endTime: it must be after now + the flow start adjustment (1 h)', () => {
    const only = (endTime: string) => codes(body({ startTime: undefined, endTime }));
    expect(only('2023-10-16T00:30:00Z')).toEqual([['endTime', 'task-030', 'endBeforeStart']]);
    expect(only('2023-10-16T01:30:00Z')).toEqual([]);
  });

  it('only a startTime: the flow end adjustment decides', () => {
    expect(codes(body({ endTime: undefined }))).toEqual([]);
    const zero = { ...delivery, endAdjustmentHours: 0 };
    expect(codes(body({ endTime: undefined }), context([zero]))).toEqual([
      ['endTime', 'task-030', 'endBeforeStart'],
    ]);
  });
});

describe('refId and keys', () => {
  it('refId must be a string', () => {
    expect(codes(body({ refId: 7 }))).toEqual([['refId', 'task-003', 'text']]);
  });

  it.each(['status', 'organizationId', 'createdBy', '_id', 'expectedCoordinate'])(
    'refuses the reserved key %s',
    (key) => {
      expect(codes(body({ [key]: 'x' }))).toEqual([[key, 'task-003', 'reservedKey']]);
    },
  );

  it('refuses unknown keys (a typo must not lose data), and units of fields without units', () => {
    expect(codes(body({ custmerName: 'Jack', address_unit: 'KG' }))).toEqual([
      ['custmerName', 'task-003', 'unknownField'],
      ['address_unit', 'task-003', 'unknownField'],
    ]);
  });

  it('accepts the ids of view and mobile components and `<id>_unit` of a unit number', () => {
    expect(codes(body({ proofPhoto: ['https://x/1.jpg'], weight_unit: 'G' }))).toEqual([]);
  });

  it('a reserved key that is a component id of the flow is a component value', () => {
    const c = context([docsDelivery]);
    expect(codes({ flow: 'Delivery', hubId: HUB, title: 'T', content: 'C', label: ['CGR'] }, c)).toEqual([]);
    expect(codes({ flow: 'Delivery', hubId: HUB, title: 'T', content: 'C', status: 'DONE' }, c)).toEqual([
      ['status', 'task-003', 'reservedKey'],
    ]);
  });

  it('__proto__ and constructor keys are unknown fields and change nothing', () => {
    const raw = JSON.parse(`{"flow":"Delivery","hubId":"${HUB}","customerName":"J","address":"A","weight":1,
      "weight_unit":"KG","services":["Fragile"],"receiverName":"R","__proto__":{"polluted":1},"constructor":{"x":1}}`) as object;
    expect(codes(raw)).toEqual([
      ['__proto__', 'task-003', 'unknownField'],
      ['constructor', 'task-003', 'unknownField'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('NaN, Infinity and numbers as strings', () => {
    expect(codes(body({ weight: NaN, codAmount: Infinity }))).toEqual([
      ['weight', 'task-009', 'number'],
      ['codAmount', 'task-009', 'amount'],
    ]);
    expect(codes(body({ weight: '12.5', codAmount: '150000' }))).toEqual([]);
  });
});

describe('never throws', () => {
  const keys = fc.constantFrom(
    ...Object.keys(validDeliveryBody),
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'status',
    'weight_unit',
    'x',
  );
  const anyValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(NaN, Infinity, -Infinity, '2023-02-30', '24:61', '91,0', 'x'.repeat(100_000)),
  );

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(Array.isArray(validateTaskBody(v, ctx))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on bodies mixing valid keys, hostile keys and odd values; codes are MileApp codes', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, anyValue), fc.boolean(), (extra, keepValid) => {
        const b = JSON.parse(
          JSON.stringify(keepValid ? { ...validDeliveryBody, ...extra } : extra),
        ) as unknown;
        for (const e of validateTaskBody(b, ctx)) expect(e.code).toMatch(/^task-0\d\d$/);
      }),
      { numRuns: 500 },
    );
  });
});

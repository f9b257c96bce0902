// POST /task validation (issue 2 §2): every rule refused with 400 and MileApp's envelope, nothing stored,
// and the same field accepted when it is right. The rules themselves live in src/flow; this proves the
// server applies them to the right organisation's flows, hubs and users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BANDUNG,
  DOCS_BODY,
  JAKARTA,
  OTHER,
  OTHER_HUB,
  startServer,
  taskCount,
  type TestServer,
} from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const delivery = {
  flow: 'Delivery',
  hubId: JAKARTA,
  customerName: 'Ana Wijaya',
  address: 'Jalan Sudirman 1, Jakarta',
  weight: 2,
  weight_unit: 'KG',
  receiverName: 'Budi',
};

interface Case {
  rule: string;
  field: string;
  code: string;
  bad: Record<string, unknown>;
  good: Record<string, unknown>;
  base?: Record<string, unknown>;
}

const otherUser = OTHER.users.find((u) => u.role === 'field')!.email;
const inactive = 'agus.hidayat@example.com';
const without = (key: string, base: Record<string, unknown> = delivery) => {
  const copy = { ...base };
  delete copy[key];
  return copy;
};

const CASES: Case[] = [
  {
    rule: 'flow is required',
    field: 'flow',
    code: 'task-001',
    bad: without('flow', DOCS_BODY),
    good: DOCS_BODY,
    base: {},
  },
  {
    rule: 'flow must name a flow of the organisation',
    field: 'flow',
    code: 'task-033',
    bad: { flow: 'Inspection' },
    good: { flow: 'Visit' },
    base: DOCS_BODY,
  },
  {
    rule: 'flow must be a string',
    field: 'flow',
    code: 'task-003',
    bad: { flow: ['Visit'] },
    good: { flow: 'Visit' },
    base: DOCS_BODY,
  },
  {
    rule: 'hubId is required',
    field: 'hubId',
    code: 'task-001',
    bad: without('hubId', DOCS_BODY),
    good: DOCS_BODY,
    base: {},
  },
  {
    rule: 'hubId must be a hub of the organisation',
    field: 'hubId',
    code: 'task-033',
    bad: { hubId: OTHER_HUB },
    good: { hubId: BANDUNG },
    base: DOCS_BODY,
  },
  {
    rule: 'a required component is present',
    field: 'field1',
    code: 'task-001',
    bad: { field1: '' },
    good: { field1: 'Jack' },
    base: DOCS_BODY,
  },
  {
    rule: 'text is a string',
    field: 'customerName',
    code: 'task-003',
    bad: { customerName: 42 },
    good: { customerName: '42' },
  },
  {
    rule: 'Address is a string',
    field: 'address',
    code: 'task-003',
    bad: { address: { street: 'x' } },
    good: { address: 'Jalan 1' },
  },
  {
    rule: 'PhoneNumber',
    field: 'phone',
    code: 'task-006',
    bad: { phone: 'call me' },
    good: { phone: '081163137712' },
  },
  {
    rule: 'URL',
    field: 'trackingUrl',
    code: 'task-007',
    bad: { trackingUrl: 'example.com' },
    good: { trackingUrl: 'https://example.com' },
  },
  { rule: 'Numeric', field: 'weight', code: 'task-009', bad: { weight: '12,5' }, good: { weight: '12.5' } },
  {
    rule: 'Numeric unit required with a value',
    field: 'weight_unit',
    code: 'task-001',
    bad: { weight_unit: '' },
    good: { weight_unit: 'G' },
  },
  {
    rule: 'Numeric unit from units',
    field: 'weight_unit',
    code: 'task-017',
    bad: { weight_unit: 'TON' },
    good: { weight_unit: 'LB' },
  },
  {
    rule: 'Currency',
    field: 'codAmount',
    code: 'task-009',
    bad: { codAmount: 'free' },
    good: { codAmount: 150000 },
  },
  {
    rule: 'Date (Y-m-d, a real day)',
    field: 'deliveryDate',
    code: 'task-008',
    bad: { deliveryDate: '2023-02-30' },
    good: { deliveryDate: '2024-02-29' },
  },
  {
    rule: 'Datetime',
    field: 'readyAt',
    code: 'task-008',
    bad: { readyAt: '16/10/2023 09:30' },
    good: { readyAt: '2023-10-16T09:30:00+07:00' },
  },
  {
    rule: 'Time',
    field: 'openTime',
    code: 'task-018',
    bad: { openTime: '24:00' },
    good: { openTime: '23:59:59' },
  },
  {
    rule: 'Geolocation within ±90/±180',
    field: 'dropPoint',
    code: 'task-012',
    bad: { dropPoint: '-91,106.8' },
    good: { dropPoint: '-6.2,106.8' },
  },
  {
    rule: 'select: one of its options',
    field: 'deliveryType',
    code: 'task-017',
    bad: { deliveryType: 'Boat' },
    good: { deliveryType: 'Home' },
  },
  {
    rule: 'multi-select is an array',
    field: 'services',
    code: 'task-011',
    bad: { services: 'Fragile' },
    good: { services: ['Fragile'] },
  },
  {
    rule: 'multi-select: only its options',
    field: 'services',
    code: 'task-017',
    bad: { services: ['Fragile', 'Teleport'] },
    good: { services: ['Fragile', 'Weekend'] },
  },
  {
    rule: 'multi-select: at most max (3)',
    field: 'services',
    code: 'task-017',
    bad: { services: ['Fragile', 'Insurance', 'Express', 'Weekend'] },
    good: { services: ['Fragile', 'Insurance', 'Express'] },
  },
  {
    rule: 'assignee is an array or a comma-separated string',
    field: 'assignee',
    code: 'task-011',
    bad: { assignee: { email: 'leandro@mile.app' } },
    good: { assignee: ['leandro@mile.app'] },
  },
  {
    rule: 'assignee holds emails',
    field: 'assignee',
    code: 'task-004',
    bad: { assignee: ['leandro'] },
    good: { assignee: ['leandro@mile.app'] },
  },
  {
    rule: 'assignee belongs to the hub',
    field: 'assignee',
    code: 'task-030',
    bad: { assignee: ['dewi.lestari@example.com'] },
    good: { assignee: ['siti.rahmawati@example.com'] },
  },
  {
    rule: 'assignee is active',
    field: 'assignee',
    code: 'task-030',
    bad: { assignee: [inactive] },
    good: { assignee: ['leandro@mile.app'] },
  },
  {
    rule: 'assignee is of this organisation',
    field: 'assignee',
    code: 'task-030',
    bad: { assignee: [otherUser] },
    good: { assignee: ['leandro@mile.app'] },
  },
  {
    rule: 'startTime format',
    field: 'startTime',
    code: 'task-008',
    bad: { startTime: 'tomorrow' },
    good: { startTime: '2023-10-16 09:00:00' },
  },
  {
    rule: 'endTime format',
    field: 'endTime',
    code: 'task-008',
    bad: { endTime: '2023-13-01 00:00:00' },
    good: { startTime: '2023-11-01 00:00:00', endTime: '2023-12-01 00:00:00' },
  },
  {
    rule: 'end after start',
    field: 'endTime',
    code: 'task-030',
    bad: { startTime: '2023-10-16 09:00:00', endTime: '2023-10-16 08:00:00' },
    good: { startTime: '2023-10-16 09:00:00', endTime: '2023-10-16 10:00:00' },
  },
  { rule: 'refId is a string', field: 'refId', code: 'task-003', bad: { refId: 7 }, good: { refId: '7' } },
  { rule: 'reserved keys are refused', field: 'status', code: 'task-003', bad: { status: 'DONE' }, good: {} },
  {
    rule: 'unknown keys are refused',
    field: 'custmerName',
    code: 'task-003',
    bad: { custmerName: 'typo' },
    good: {},
  },
  {
    rule: '__proto__ is an ordinary unknown key',
    field: '__proto__',
    code: 'task-003',
    bad: JSON.parse('{"__proto__":{"status":"DONE"}}'),
    good: {},
  },
];

describe('POST /task validation', () => {
  it.each(CASES)('$rule: $field → $code, nothing stored; the right value → 201', async (c) => {
    const base = c.base ?? delivery;
    const before = await taskCount(s.demo);
    const bad = await s.demo('POST', '/task', { ...base, ...c.bad });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: false, failedCode: c.code });
    expect(bad.body.errors[c.field]?.[0]).toEqual(expect.any(String));
    expect(bad.body.message).toBe(bad.body.errors[c.field][0]);
    expect(await taskCount(s.demo)).toBe(before);

    const good = await s.demo('POST', '/task', { ...base, ...c.good });
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    expect(await taskCount(s.demo)).toBe(before + 1);
  });

  it('reports every problem at once, Laravel style, and stores nothing', async () => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/task', { flow: 'Delivery', hubId: JAKARTA, phone: 'x', openTime: '9' });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors)).toEqual(
      expect.arrayContaining(['customerName', 'address', 'weight', 'phone', 'openTime']),
    );
    expect(r.body.message).toMatch(/ \(and \d+ more errors\)$/);
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('required is not asked of visible:false components nor of those a rule hides', async () => {
    const body = { ...delivery, deliveryType: 'Locker', lockerCode: 'L-1' } as Record<string, unknown>;
    delete body.receiverName;
    const r = await s.demo('POST', '/task', body);
    expect(r.status).toBe(201);
    expect(r.body.task.source).toBe('task-composer');
  });

  it('a rule that shows an editable component makes it required (Locker → lockerCode)', async () => {
    const r = await s.demo('POST', '/task', { ...delivery, deliveryType: 'Locker' });
    expect(r.status).toBe(400);
    expect(r.body.errors.lockerCode).toBeDefined();
  });

  it.each([
    ['an array', '[1,2]'],
    ['a string', '"Visit"'],
    ['null', 'null'],
  ])('a body that is %s is refused with 400 task-003', async (_what, raw) => {
    const r = await s.demo('POST', '/task', raw);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: false, failedCode: 'task-003' });
  });

  it('a text/plain body is not an object either', async () => {
    const r = await s.demo('POST', '/task', JSON.stringify(DOCS_BODY), { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(r.body.failedCode).toBe('task-003');
  });
});

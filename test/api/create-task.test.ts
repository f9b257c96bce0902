// POST /task and GET /task/:id: the docs' curl, the created document, and reading it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BODY, JAKARTA, startServer, taskCount, type TestServer } from './harness';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS } from './swagger';

const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe("the docs' POST /task example", () => {
  it('creates the task with 201 and the documented shape, hub Jakarta, createdBy Roger', async () => {
    const r = await s.demo('POST', '/task', DOCS_BODY);
    expect(r.status).toBe(201);
    const schema = responseSchema('Task', '/task', 'post', '201');
    expect(checkSchema(SPECS.Task, schema, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Task', schema), r.body)).toEqual([]);
    expect(r.body).toMatchObject({
      status: true,
      message: 'Task has been created',
      task: {
        flow: 'Visit',
        hubId: JAKARTA,
        startTime: '2022-11-02T07:28:23+00:00',
        endTime: '2022-11-05T07:28:23+00:00',
        organizationId: '634e98098ce07d29474a7e22',
        status: 'UNASSIGNED',
        hub: { _id: JAKARTA, name: 'Jakarta', lat: -6.205154152722965, lng: 106.84667067970608 },
        field1: 'Jack Ward',
        field2: 'Gambir Jakarta',
        field3: '-6.230815251,106.75684387',
        createdFrom: 'API',
        createdBy: 'Roger',
        flowId: '634e98a98ce07d29474a7e40',
        title: 'Jack Ward',
        content: 'Gambir Jakarta',
        expectedCoordinate: '-6.230815251,106.75684387',
      },
    });
    expect(r.body.task._id).toMatch(/^[0-9a-f]{24}$/);
    expect(r.body.task.createdTime).toMatch(ISO_OFFSET);
    expect(r.body.task.updatedTime).toBe(r.body.task.createdTime);
    expect(r.body.task).not.toHaveProperty('assignee');
  });

  it('reads back exactly as created (GET /task/:id), in the documented shape', async () => {
    const created = await s.demo('POST', '/task', DOCS_BODY);
    const r = await s.demo('GET', `/task/${created.body.task._id}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: true, message: 'Success', task: created.body.task });
    const schema = responseSchema('Task', '/task/{task_id}', 'get', '200');
    expect(checkSchema(SPECS.Task, schema, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Task', schema), r.body)).toEqual([]);
  });

  it('gives every task its own id and a growing orderIndex', async () => {
    const a = await s.demo('POST', '/task', DOCS_BODY);
    const b = await s.demo('POST', '/task', DOCS_BODY);
    expect(a.body.task._id).not.toBe(b.body.task._id);
    expect(b.body.task.orderIndex).toBeGreaterThan(a.body.task.orderIndex);
  });
});

describe('GET /task/:id', () => {
  it('answers 404 "Data not found" for an unknown or malformed id', async () => {
    for (const id of ['000000000000000000000000', 'nope', '%7B%7D']) {
      const r = await s.demo('GET', `/task/${id}`);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ status: false, message: 'Data not found' });
    }
  });
});

describe('times from the flow configuration', () => {
  it('start = now + startTime adjustment, end = start + endTime adjustment (Pickup: 1 h, 8 h)', async () => {
    const before = Date.now();
    const r = await s.demo('POST', '/task', { flow: 'Pickup', hubId: JAKARTA, requesterName: 'Loid Forger' });
    expect(r.status).toBe(201);
    const start = Date.parse(r.body.task.startTime);
    const end = Date.parse(r.body.task.endTime);
    expect(r.body.task.startTime).toMatch(ISO_OFFSET);
    expect(start).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3_600_000);
    expect(start).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(end - start).toBe(8 * 3_600_000);
  });

  it('a given start keeps its instant, returned in UTC with offset; end follows the flow (Visit: 24 h)', async () => {
    const body = { ...DOCS_BODY, startTime: '2023-10-16T08:00:00+07:00' } as Record<string, unknown>;
    delete body.endTime;
    const r = await s.demo('POST', '/task', body);
    expect(r.body.task.startTime).toBe('2023-10-16T01:00:00+00:00');
    expect(r.body.task.endTime).toBe('2023-10-17T01:00:00+00:00');
  });

  it('accepts each MileApp datetime format', async () => {
    for (const startTime of [
      '2023-10-16 09:30:00',
      '2023-10-16T09:30:00.000+00:00',
      '2023-10-16T09:30:00+00:00',
      '2023-10-16T09:30:00',
    ]) {
      const r = await s.demo('POST', '/task', { ...DOCS_BODY, startTime, endTime: '2023-10-17 09:30:00' });
      expect(r.status, startTime).toBe(201);
      expect(r.body.task.startTime).toBe('2023-10-16T09:30:00+00:00');
    }
  });
});

describe('assignees', () => {
  it('an assigned task is ONGOING with assignee, assignedBy and assignedTime', async () => {
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: ['leandro@mile.app'] });
    expect(r.status).toBe(201);
    expect(r.body.task).toMatchObject({
      status: 'ONGOING',
      assignee: ['leandro@mile.app'],
      assignedBy: 'Roger',
    });
    expect(r.body.task.assignedTime).toBe(r.body.task.createdTime);
  });

  it('an empty assignee list leaves the task UNASSIGNED', async () => {
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: [] });
    expect(r.body.task.status).toBe('UNASSIGNED');
  });
});

describe("assignee as one comma-separated string (the docs' text, decision 034)", () => {
  it('is stored and returned as the array, trimmed, empty items ignored', async () => {
    const assignee = ' leandro@mile.app , ,siti.rahmawati@example.com,';
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee });
    expect(r.status).toBe(201);
    const both = ['leandro@mile.app', 'siti.rahmawati@example.com'];
    expect(r.body.task).toMatchObject({ status: 'ONGOING', assignee: both, assignedBy: 'Roger' });
    const read = await s.demo('GET', `/task/${r.body.task._id}`);
    expect(read.body.task.assignee).toEqual(both);
    const listed = await s.demo('GET', `/tasks?assignee=siti.rahmawati@example.com&limit=1000`);
    expect(listed.body.tasks.data.map((t: { _id: string }) => t._id)).toContain(r.body.task._id);
  });

  it('one email alone is a list of one', async () => {
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: 'leandro@mile.app' });
    expect(r.status).toBe(201);
    expect(r.body.task.assignee).toEqual(['leandro@mile.app']);
  });

  it('counts an email repeated (in any case) once, in the string and in the array', async () => {
    for (const assignee of [
      'leandro@mile.app,Leandro@Mile.app, leandro@mile.app',
      ['leandro@mile.app', 'LEANDRO@mile.app'],
    ]) {
      const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee });
      expect(r.status).toBe(201);
      expect(r.body.task.assignee).toEqual(['leandro@mile.app']);
    }
  });

  it('a string of only commas and spaces leaves the task UNASSIGNED', async () => {
    const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee: ' , ' });
    expect(r.status).toBe(201);
    expect(r.body.task.status).toBe('UNASSIGNED');
    expect(r.body.task).not.toHaveProperty('assignee');
  });

  it('refuses each bad item with task-004 (and one outside the hub with task-030), storing nothing', async () => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/task', {
      ...DOCS_BODY,
      assignee: 'leandro@mile.app, not-an-email,dewi.lestari@example.com, also bad',
    });
    expect(r.status).toBe(400);
    expect(r.body.failedCode).toBe('task-004');
    expect(r.body.errors.assignee).toEqual([
      'The assignee must be a valid email address.',
      'The assignee dewi.lestari@example.com is not an active user of the selected hub.',
      'The assignee must be a valid email address.',
    ]);
    expect(await taskCount(s.demo)).toBe(before);
  });

  it('a value that is neither an array nor a string is still task-011', async () => {
    for (const assignee of [42, { email: 'leandro@mile.app' }, true]) {
      const r = await s.demo('POST', '/task', { ...DOCS_BODY, assignee });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ failedCode: 'task-011' });
      expect(r.body.errors.assignee).toEqual([
        'The assignee must be an array or a string of items separated by commas.',
      ]);
    }
  });
});

describe('Delivery: every creatable kind', () => {
  const body = {
    flow: 'Delivery',
    hubId: JAKARTA,
    customerName: 'Ana Wijaya',
    address: 'Jalan Sudirman 1, Jakarta',
    phone: '+62 811-6313-7712',
    trackingUrl: 'https://example.com/track/1',
    weight: '12.5',
    weight_unit: 'KG',
    codAmount: 150000,
    deliveryDate: '2023-10-16',
    readyAt: '2023-10-16 09:30:00',
    openTime: '08:30',
    dropPoint: '-6.1753924,106.8271528',
    services: ['Fragile', 'Express'],
    deliveryType: 'Office',
    officeName: 'Menara BCA',
    receiverName: 'Budi',
    refId: 'order-77',
  };

  it('stores values as sent, the hidden default, the unit, and derives title/content/label/pin', async () => {
    const r = await s.demo('POST', '/task', body);
    expect(r.status).toBe(201);
    const { flow: _f, hubId: _h, refId, ...values } = body;
    expect(r.body.task).toMatchObject({ ...values, source: 'task-composer', refId });
    expect(r.body.task).toMatchObject({
      title: 'Ana Wijaya',
      content: 'Jalan Sudirman 1, Jakarta',
      label: 'Office',
      expectedCoordinate: '-6.1753924,106.8271528',
    });
    // Defaults of the flow (48 h) and keys the server owns.
    expect(Date.parse(r.body.task.endTime) - Date.parse(r.body.task.startTime)).toBe(48 * 3_600_000);
  });

  it('drops values of components hidden by an onSelect rule (Locker hides receiverName)', async () => {
    const r = await s.demo('POST', '/task', {
      ...body,
      deliveryType: 'Locker',
      lockerCode: 'L-12',
      officeName: '',
    });
    expect(r.status).toBe(201);
    expect(r.body.task.lockerCode).toBe('L-12');
    expect(r.body.task).not.toHaveProperty('receiverName');
    expect(r.body.task).not.toHaveProperty('officeName');
  });
});

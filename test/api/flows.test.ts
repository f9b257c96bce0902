// Flows: GET /flows, GET /flow/:flowId, GET /flow/:flowName/task (Generate example), GET /flow/:flowName/fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startServer, type TestServer } from './harness';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS } from './swagger';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const byName = (name: string) => DEMO.flows.find((f) => f.name === name)!;

describe('GET /flows', () => {
  it('answers the paginator under flows in the documented shape, by orderIndex descending', async () => {
    const r = await s.demo('GET', '/flows');
    expect(r.status).toBe(200);
    const schema = responseSchema('Flow', '/flows', 'get', '200');
    expect(checkSchema(SPECS.Flow, schema, r.body)).toEqual([]);
    // deletedTime: these flows are not deleted. Pages hold the organisation's own components, whatever
    // they are: compared with the file below, not with the docs' example flow.
    const ignore = ['$.flows.data[].deletedTime', '$.flows.data[].pages[].components'];
    expect(checkExampleShape(exampleOf('Flow', schema), r.body, ignore)).toEqual([]);
    expect(r.body.flows.data.map((f: { name: string }) => f.name)).toEqual(['Visit', 'Pickup', 'Delivery']);
    expect(r.body.flows.total).toBe(3);
  });

  it('returns each flow as the organisation file has it, plus organizationId', async () => {
    const r = await s.demo('GET', '/flows?sort_by=name&sort_order=asc');
    expect(r.body.flows.data.map((f: { name: string }) => f.name)).toEqual(['Delivery', 'Pickup', 'Visit']);
    const delivery = r.body.flows.data[0];
    expect(delivery).toEqual({ ...byName('Delivery'), organizationId: DEMO._id });
    expect(JSON.stringify(delivery.pages)).toBe(JSON.stringify(byName('Delivery').pages));
  });

  it('pages with page/limit and projects with fields', async () => {
    const r = await s.demo('GET', '/flows?limit=1&page=2&fields=name');
    expect(r.body.flows).toMatchObject({
      current_page: 2,
      last_page: 3,
      per_page: 1,
      total: 3,
      data: [{ _id: byName('Pickup')._id, name: 'Pickup' }],
    });
    expect(Object.keys(r.body.flows.data[0])).toEqual(['_id', 'name']);
  });

  it.each(['page=-1', 'limit=0', 'sort_order=sideways'])('refuses %s with a 400 envelope', async (q) => {
    const r = await s.demo('GET', `/flows?${q}`);
    expect(r.status).toBe(400);
    expect(r.body.status).toBe(false);
    expect(r.body.failedCode).toMatch(/^flow-0\d\d$/);
  });
});

describe('GET /flow/:flowId', () => {
  it('answers the flow in the documented shape', async () => {
    const visit = byName('Visit');
    const r = await s.demo('GET', `/flow/${visit._id}`);
    expect(r.status).toBe(200);
    const schema = responseSchema('Flow', '/flow/{flowId}', 'get', '200');
    expect(checkSchema(SPECS.Flow, schema, r.body)).toEqual([]);
    // `enabled` means something on the Initial Page only (mileapp-api.md §5.2); later pages lack it.
    const ignore = ['$.flow.pages[].components', '$.flow.pages[].enabled'];
    expect(checkExampleShape(exampleOf('Flow', schema), r.body, ignore)).toEqual([]);
    expect(r.body).toEqual({
      status: true,
      message: 'Success',
      flow: { ...visit, organizationId: DEMO._id },
    });
  });

  it('answers 404 Data not found for an unknown id', async () => {
    const r = await s.demo('GET', '/flow/634e98a98ce07d29474a7eff');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ status: false, message: 'Data not found', failedCode: 'flow-033' });
  });
});

describe('GET /flow/:flowName/task', () => {
  it('generates Pickup like the docs: fixed fields, component fields, packageType options', async () => {
    const r = await s.demo('GET', '/flow/Pickup/task');
    expect(r.status).toBe(200);
    const schema = responseSchema('Flow', '/flow/{flowName}/task', 'get', '200');
    expect(checkSchema(SPECS.Flow, schema, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Flow', schema), r.body)).toEqual([]);
    expect(r.body.data.flowName).toBe('Pickup');
    expect(r.body.data.flowFields.map((f: { field: string }) => f.field)).toEqual([
      'hubId',
      'flow',
      'startTime',
      'endTime',
      'requesterName',
      'requesterPhone',
      'address',
      'pickupPoint',
      'packageType',
    ]);
    const packageType = r.body.data.flowFields.find((f: { field: string }) => f.field === 'packageType');
    expect(packageType).toMatchObject({
      type: 'String',
      format: ['Food', 'Clothes', 'Document', 'Medicine', 'Books', 'Others'],
      example: 'Document',
    });
    expect(r.body.data.flowFields.find((f: { field: string }) => f.field === 'requesterPhone')).toMatchObject(
      { type: 'PhoneNumber', required: false },
    );
    expect(r.body.data.flowFields.find((f: { field: string }) => f.field === 'requesterName')).toMatchObject({
      required: true,
    });
  });

  it.each(['Visit', 'Pickup', 'Delivery'])(
    'its bodyRequest for %s is accepted by POST /task as it is',
    async (name) => {
      const r = await s.demo('GET', `/flow/${name}/task`);
      const created = await s.demo('POST', '/task', r.body.data.bodyRequest);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.task.flow).toBe(name);
    },
  );

  it('lists the unit of a number with units and leaves out view and mobile components', async () => {
    const r = await s.demo('GET', '/flow/Delivery/task');
    const fields = r.body.data.flowFields.map((f: { field: string }) => f.field);
    expect(fields).toContain('weight_unit');
    expect(fields).not.toContain('summary');
    expect(fields).not.toContain('packagePhoto');
    expect(r.body.data.bodyRequest.weight_unit).toBe('KG');
  });

  it('answers 404 for an unknown flow name', async () => {
    const r = await s.demo('GET', '/flow/Nope/task');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ status: false, message: 'Data not found' });
  });
});

describe('GET /flow/:flowName/fields', () => {
  it('flattens the components of every page, with the reserved keys', async () => {
    const r = await s.demo('GET', '/flow/Delivery/fields');
    expect(r.status).toBe(200);
    const schema = responseSchema('Flow', '/flow/{flowName}/fields', 'get', '200');
    expect(checkSchema(SPECS.Flow, schema, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Flow', schema), r.body, ['$.flowFields'])).toEqual([]);
    const ids = r.body.flowFields.map((c: { id: string }) => c.id);
    expect(ids).toContain('customerName');
    expect(ids).toContain('receiverSignature'); // page1
    expect(r.body.reservedKey).toContain('organizationId');
    expect(r.body.is_cache).toBe(false);
  });

  it('answers 404 for an unknown flow name', async () => {
    expect((await s.demo('GET', '/flow/Nope/fields')).status).toBe(404);
  });
});

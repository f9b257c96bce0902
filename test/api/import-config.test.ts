// Import presets (docs/decisions/043): POST /import-config as MileApp documents it, and the list of a
// flow's presets; per organisation, bounded, refused in MileApp's envelope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness';

let s: TestServer;
let clock = Date.parse('2026-12-06T08:00:00Z');
beforeAll(async () => {
  s = await startServer({ now: () => new Date((clock += 1000)) });
});
afterAll(() => s.close());

let flows = 0;
const flowId = () => `flow-${++flows}`;
const preset = (referenceId: string, name = 'Daily visits') => ({
  name,
  referenceType: 'flow',
  referenceId,
  fields: [
    { id: 'field1', headerColumn: 'Nama Pelanggan' },
    { id: 'hubId', headerColumn: 'Hub' },
  ],
});
const list = (referenceId: string) =>
  s.demo('GET', `/import-config?referenceType=flow&referenceId=${referenceId}`);

describe('POST /import-config', () => {
  it('saves a preset and answers it with its id, who saved it and when', async () => {
    const r = await s.demo('POST', '/import-config', preset('flow-a'));
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      status: true,
      message: 'Import config has been saved',
      data: {
        _id: expect.stringMatching(/^[0-9a-f]{24}$/),
        organizationId: expect.any(String),
        ...preset('flow-a'),
        createdBy: 'Roger',
        createdTime: expect.stringMatching(/^2026-12-06T08:00:\d\d\.\d{6}Z$/),
        updatedTime: r.body.data.createdTime,
      },
    });
  });

  it("lists a flow's presets newest first; saving under the same name replaces it", async () => {
    const id = flowId();
    const a = await s.demo('POST', '/import-config', preset(id, 'A'));
    await s.demo('POST', '/import-config', preset(id, 'B'));
    const changed = { ...preset(id, 'A'), fields: [{ id: 'field1', headerColumn: 'Customer' }] };
    const again = await s.demo('POST', '/import-config', changed);
    expect(again.body.data._id).toBe(a.body.data._id);
    expect(again.body.data.createdTime).toBe(a.body.data.createdTime);
    const r = await list(id);
    expect(r.status).toBe(200);
    expect(r.body.data.map((p: { name: string }) => p.name)).toEqual(['A', 'B']);
    expect(r.body.data[0].fields).toEqual([{ id: 'field1', headerColumn: 'Customer' }]);
    expect((await list(flowId())).body.data).toEqual([]);
  });

  it("keeps each organisation's presets to itself", async () => {
    const id = flowId();
    await s.demo('POST', '/import-config', preset(id));
    const theirs = await s.other('GET', `/import-config?referenceType=flow&referenceId=${id}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data).toEqual([]);
    expect((await s.anonymous('GET', `/import-config?referenceId=${id}`)).status).toBe(401);
    expect((await s.anonymous('POST', '/import-config', preset(id))).status).toBe(401);
  });

  it('refuses a bad preset with the field and a code, never a 5xx', async () => {
    const cases: [unknown, string, string][] = [
      [{ ...preset('x'), name: '' }, 'name', 'import-001'],
      [{ ...preset('x'), name: 'n'.repeat(101) }, 'name', 'import-003'],
      [{ ...preset('x'), referenceType: 'task' }, 'referenceType', 'import-017'],
      [{ ...preset('x'), referenceId: 7 }, 'referenceId', 'import-003'],
      [{ ...preset('x'), fields: [] }, 'fields', 'import-001'],
      [{ ...preset('x'), fields: 'field1' }, 'fields', 'import-011'],
      [{ ...preset('x'), fields: [{ id: 'field1' }] }, 'fields', 'import-001'],
      [
        {
          ...preset('x'),
          fields: Array.from({ length: 501 }, (_, i) => ({ id: `f${i}`, headerColumn: 'c' })),
        },
        'fields',
        'import-040',
      ],
      [[preset('x')], 'body', 'task-003'],
    ];
    for (const [body, field, code] of cases) {
      const r = await s.demo('POST', '/import-config', body);
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(r.body, field).toMatchObject({
        status: false,
        failedCode: code,
        errors: { [field]: [expect.any(String)] },
      });
    }
  });

  it('keeps at most 50 presets a flow; a known name may still be saved again', async () => {
    const id = flowId();
    for (let i = 0; i < 50; i++)
      expect((await s.demo('POST', '/import-config', preset(id, `P${i}`))).status).toBe(201);
    const over = await s.demo('POST', '/import-config', preset(id, 'P50'));
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ failedCode: 'import-040' });
    expect((await s.demo('POST', '/import-config', preset(id, 'P7'))).status).toBe(201);
    const r = await list(id);
    expect(r.body.data).toHaveLength(50);
    expect(r.body.data[0].name).toBe('P7');
  });

  it('asks for the flow when listing', async () => {
    const r = await s.demo('GET', '/import-config?referenceType=flow');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ failedCode: 'import-001', errors: { referenceId: [expect.any(String)] } });
    const bad = await s.demo('GET', '/import-config?referenceType=task&referenceId=x');
    expect(bad.body).toMatchObject({ failedCode: 'import-017' });
  });
});

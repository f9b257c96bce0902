import { describe, expect, it } from 'vitest';
import flowJson from '../../docs/mileapp-openapi/Flow.json';
import { normaliseFlow, normaliseFlowFields } from './normalise';
import type { FieldKind } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

function findAll(root: unknown, match: (o: Json) => boolean, path = '$'): { path: string; value: Json }[] {
  if (!isObject(root)) return [];
  const here = match(root) ? [{ path, value: root }] : [];
  return here.concat(...Object.entries(root).map(([k, v]) => findAll(v, match, `${path}.${k}`)));
}

const exampleFlows = findAll(
  flowJson,
  (o) => Array.isArray(o.pages) && o.pages.some((p) => isObject(p) && Array.isArray(p.components)),
);
const flowFieldsExamples = findAll(flowJson, (o) => Array.isArray(o.flowFields));

const VALUE_KINDS: FieldKind[] = [
  'text',
  'address',
  'phone',
  'url',
  'number',
  'currency',
  'date',
  'datetime',
  'time',
  'geolocation',
];
const EXPECTED_FAMILY: Record<string, FieldKind[]> = {
  input: VALUE_KINDS,
  select: ['select'],
  view: ['view'],
  photo: ['mobile'],
  signature: ['mobile'],
  bill: ['mobile'],
};

describe('normaliseFlow on every flow example of mileapp-openapi/Flow.json', () => {
  it('finds the examples', () => {
    expect(exampleFlows.length).toBeGreaterThanOrEqual(15);
    expect(flowFieldsExamples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(exampleFlows.map((e) => [e.path, e.value] as const))('%s', (_path, raw) => {
    const flow = normaliseFlow(raw);
    expect(flow.name).toBe(raw.name);
    const page0 = (raw.pages as Json[])[0]!;
    const components = page0.enabled === false ? [] : (page0.components as Json[]);
    expect(flow.fields).toHaveLength(components.length);
    components.forEach((c, i) => {
      const f = flow.fields[i]!;
      expect(f.id).toBe(c.id);
      expect(f.title).toBe(typeof c.title === 'string' && c.title !== '' ? c.title : c.id);
      expect(EXPECTED_FAMILY[String(c.component)], `${String(c.component)} ${String(c.id)}`).toContain(
        f.kind,
      );
    });
  });
});

describe('normaliseFlowFields on the flowFields examples', () => {
  it.each(flowFieldsExamples.map((e) => [e.path, e.value] as const))('%s does not throw', (_path, raw) => {
    const flow = normaliseFlowFields({ flowName: 'Example', flowFields: raw.flowFields as unknown[] });
    expect(flow.fields.length).toBeGreaterThan(0);
    expect(flow.fields.map((f) => f.kind)).not.toContain('unsupported');
  });

  it('reads the Generate-example answer: fixed keys skipped, format = select options', () => {
    const data = flowFieldsExamples.find((e) => typeof e.value.flowName === 'string')!.value;
    const flow = normaliseFlowFields(data as { flowName: string; flowFields: unknown[] });
    expect(flow.name).toBe('Pickup');
    expect(flow.fields.map((f) => [f.id, f.kind])).toEqual([
      ['requesterName', 'text'],
      ['requesterPhone', 'phone'],
      ['address', 'address'],
      ['pickupPoint', 'geolocation'],
      ['packageType', 'select'],
    ]);
    const packageType = flow.fields[4]!;
    expect(packageType.options).toEqual(['Food', 'Clothes', 'Document', 'Medicine', 'Books', 'Others']);
    expect(packageType.multiple).toBe(false);
  });

  it('refuses an answer without a flow name', () => {
    expect(() => normaliseFlowFields({ flowFields: [] } as never)).toThrow(/flowName/);
  });
});

import { describe, expect, it } from 'vitest';
import seed from '../../server/seed/demo-org.json';
import { DOCS_BODY } from '../../test/support/docs-example';
import { normaliseFlow } from './normalise';
import { buildTaskBody, initialValues } from './payload';
import { ALL_KINDS } from './field-kinds';
import type { FieldKind, FlowSpec } from './types';
import { validateTaskBody } from './validate';

// The demo organisation file the server ships (server/seed/demo-org.json, MileApp flow-object shape).
const demo = seed.organizations[0]!;
const allFlows = seed.organizations.flatMap((o) => o.flows.map((raw) => normaliseFlow(raw)));
const SAMPLE: Partial<Record<FieldKind, string>> = {
  text: 'Jack Ward',
  address: 'Jl. Medan Merdeka, Gambir',
  phone: '081163137712',
  url: 'https://example.com/track/1',
  number: '12.5',
  currency: '150000',
  date: '2023-10-16',
  datetime: '2023-10-16 09:30:00',
  time: '08:30',
  geolocation: '-6.230815251,106.75684387',
};
const flows = new Map<string, FlowSpec>(
  demo.flows.map((raw) => [normaliseFlow(raw).name, normaliseFlow(raw)]),
);

describe('the demo organisation file', () => {
  it('normalises every flow of every organisation', () => {
    for (const org of seed.organizations)
      for (const raw of org.flows)
        expect(() => normaliseFlow(raw), JSON.stringify(raw).slice(0, 80)).not.toThrow();
    expect([...flows.keys()]).toEqual(expect.arrayContaining(['Visit', 'Pickup', 'Delivery']));
  });

  it('Visit is the docs example: field1 text title, field2 Address content, field3 Geolocation pin', () => {
    const visit = flows.get('Visit')!;
    expect(visit.fields.map((f) => [f.id, f.kind, f.showAs])).toEqual(
      expect.arrayContaining([
        ['field1', 'text', 'title'],
        ['field2', 'address', 'content'],
        ['field3', 'geolocation', 'expectedCoordinate'],
      ]),
    );
    expect(visit.fields.find((f) => f.id === 'field1')?.required).toBe(true);
  });

  it("accepts the docs' POST /task example body for Visit", () => {
    const ctx = {
      findFlow: (n: string) => flows.get(n),
      hubExists: (id: string) => id === DOCS_BODY.hubId,
      isAssignable: () => true,
    };
    expect(validateTaskBody(DOCS_BODY, ctx)).toEqual([]);
  });

  it('Pickup has the Generate-example fields with packageType’s six options', () => {
    const pickup = flows.get('Pickup')!;
    expect(pickup.fields.map((f) => f.id)).toEqual(
      expect.arrayContaining(['requesterName', 'requesterPhone', 'address', 'pickupPoint', 'packageType']),
    );
    expect(pickup.fields.find((f) => f.id === 'packageType')?.options).toEqual([
      'Food',
      'Clothes',
      'Document',
      'Medicine',
      'Books',
      'Others',
    ]);
  });

  it('Delivery exercises every creatable kind, units, a multi-select (max 3), rules, hidden and display components', () => {
    const delivery = flows.get('Delivery')!;
    const kinds = new Set<FieldKind>(delivery.fields.map((f) => f.kind));
    for (const k of ALL_KINDS.filter((kind) => kind !== 'unsupported')) expect(kinds, k).toContain(k);
    expect(delivery.fields.some((f) => f.kind === 'number' && (f.units?.length ?? 0) > 0)).toBe(true);
    expect(delivery.fields.some((f) => f.multiple && f.max === 3)).toBe(true);
    const actions = new Set(delivery.fields.flatMap((f) => f.onSelect ?? []).map((r) => r.action));
    expect(actions.has('hide') && (actions.has('show') || actions.has('fill'))).toBe(true);
    expect(delivery.fields.some((f) => !f.visible && f.defaultValue !== null)).toBe(true);
    expect(delivery.fields.map((f) => f.kind)).not.toContain('unsupported');
  });

  it.each(allFlows.map((f) => [f.name, f] as const))(
    '%s: a form filled with sample values builds a body the server accepts',
    (_name, flow) => {
      const values = initialValues(flow);
      for (const f of flow.fields) {
        const sample = SAMPLE[f.kind];
        if (sample !== undefined) values[f.id] = sample;
        else if (f.kind === 'select' && f.multiple)
          values[f.id] = (f.options ?? []).slice(0, Math.max(f.min ?? 0, 1));
        else if (f.kind === 'select' && values[f.id] === '') values[f.id] = f.options?.[0] ?? '';
      }
      const body = buildTaskBody(flow, values, { hubId: 'h', assignee: ['a@example.com'] });
      const ctx = { findFlow: () => flow, hubExists: () => true, isAssignable: () => true };
      expect(validateTaskBody(body, ctx)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import seed from '../../../server/seed/demo-org.json';
import { everyKindFlowRaw } from '../fixtures';
import { normaliseFlow } from '../normalise';
import type { FlowSpec } from '../types';
import { rowChecker } from './check-row';
import { autoMap } from './mapping';
import { importTargets } from './targets';
import { templateModel } from './template';
import { testLists } from './testing';
import type { ImportLists } from './types';

const everyKind = normaliseFlow(everyKindFlowRaw);

function demoLists(org: (typeof seed.organizations)[number]): ImportLists {
  return testLists({
    hubs: org.hubs,
    users: org.users.filter((u) => u.status === 'active'),
    zoneOfHub: () => 'Asia/Jakarta',
  });
}

/** Two components titled Phone, one titled Hub like the task's own key. */
const clashing: FlowSpec = {
  ...everyKind,
  fields: everyKind.fields.map((f) =>
    f.id === 'site' ? { ...f, title: 'Phone' } : f.id === 'addr' ? { ...f, title: 'Hub' } : f,
  ),
};

const cases: [string, FlowSpec, ImportLists][] = [
  ...seed.organizations.flatMap((org) =>
    org.flows.map((raw): [string, FlowSpec, ImportLists] => [
      `${org.name}: ${raw.name}`,
      normaliseFlow(raw),
      demoLists(org),
    ]),
  ),
  ['Every kind', everyKind, testLists()],
  ['Clashing titles', clashing, testLists()],
];

describe('templateModel', () => {
  it('has the flow’s fields in its order, required ones marked, then hub, assignee and times', () => {
    const t = templateModel(everyKind, testLists());
    expect(t.columns.map((c) => c.header)).toEqual([
      'Customer name *',
      'Address',
      'Phone',
      'Website',
      'Weight',
      'Weight unit',
      'Parcels',
      'COD amount',
      'Delivery date',
      'Ready at',
      'Opening time',
      'Drop point',
      'Package',
      'Services *',
      'Hub *',
      'Assignee',
      'Start time',
      'End time',
    ]);
    const text = t.columns.filter((c) => c.text).map((c) => c.target);
    expect(text).toEqual(expect.arrayContaining(['name', 'addr', 'phone', 'site', 'hubId', 'assignee']));
    expect(text).not.toContain('weight');
    expect(text).not.toContain('day');
  });

  it('fills the example with the first hub, a user of it, tomorrow and the hub’s coordinates', () => {
    const t = templateModel(everyKind, testLists());
    const example = Object.fromEntries(t.columns.map((c, i) => [c.target, t.example[i]]));
    expect(example).toMatchObject({
      phone: '081234567890',
      weight: 1,
      weight_unit: 'KG',
      day: '02/05/2024',
      spot: '-6.2,106.8166',
      kind: 'Box',
      extras: 'Fragile',
      hubId: 'Jakarta Pusat',
      assignee: 'siti@example.com',
      startTime: '02/05/2024 08:00',
      endTime: '02/05/2024 17:00',
    });
  });

  it('keeps example numbers within the flow’s limits', () => {
    const flow: FlowSpec = {
      ...everyKind,
      fields: everyKind.fields.map((f) =>
        f.id === 'count'
          ? { ...f, minValue: 5, maxValue: 9 }
          : f.id === 'cod'
            ? { ...f, maxValue: 100.5 }
            : f,
      ),
    };
    const t = templateModel(flow, testLists());
    const example = Object.fromEntries(t.columns.map((c, i) => [c.target, t.example[i]]));
    expect(example).toMatchObject({ count: 5, cod: 100 });
  });

  it('lists hubs, assignees and each select’s options side by side', () => {
    const { lists } = templateModel(everyKind, testLists());
    expect(lists.rows[0]).toEqual([
      'Hub',
      'Hub id',
      '',
      'Assignee',
      'Email',
      'Hubs',
      '',
      'Weight unit',
      '',
      'Package',
      '',
      'Services',
    ]);
    expect(lists.rows[1]).toEqual([
      'Jakarta Pusat',
      'hub-jkt',
      '',
      'Siti Rahmawati',
      'siti@example.com',
      'Jakarta Pusat',
      '',
      'KG',
      '',
      'Box',
      '',
      'Fragile',
    ]);
    expect(lists.rows).toHaveLength(5);
    for (const row of lists.rows) expect(row).toHaveLength(12);
  });

  it('names the id of a column whose title another column already has', () => {
    const headers = templateModel(clashing, testLists()).columns.map((c) => c.header);
    expect(headers).toEqual(expect.arrayContaining(['Hub', 'Phone', 'Phone (site)', 'Hub (hubId) *']));
  });

  it.each(cases)('round-trips: %s', (_name, flow, lists) => {
    const t = templateModel(flow, lists);
    const mapping = autoMap(
      t.columns.map((c) => c.header),
      importTargets(flow),
    );
    expect(mapping).toEqual(t.columns.map((c) => c.target));
    expect(rowChecker(flow, mapping, lists)(t.example).errors).toEqual([]);
  });
});

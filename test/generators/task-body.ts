// Generated POST /task bodies over a set of flows, hubs and users: valid ones, valid ones with one to
// three hostile mutations, and key soup. A body is a list of [key, value] entries so that `__proto__`
// and `constructor` stay ordinary keys; toWire writes the JSON text that is sent.
import fc from 'fast-check';
import { compileFlow } from '../../src/flow/compile';
import { RESERVED_KEYS } from '../../src/flow/reserved';
import type { FlowSpec } from '../../src/flow/types';
import {
  hostileString,
  hostileValue,
  impossibleDatetime,
  NAN,
  nested,
  validDatetime,
  validValue,
  wrongType,
} from './values';

export interface World {
  flows: readonly FlowSpec[];
  hubs: readonly string[];
  /** hubs of another organisation */
  foreignHubs: readonly string[];
  /** emails of the active users of a hub */
  assignable(hubId: string): readonly string[];
  /** emails that exist but may not be assigned (inactive, another hub, another organisation) */
  strangers: readonly string[];
}

export type Entries = [string, unknown][];

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** start and end as MileApp datetimes, end after start; or neither, or only one far in the future. */
const times = fc.oneof(
  fc.constant<Entries>([]),
  fc
    .tuple(
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }),
      fc.integer({ min: 1, max: 2000 }),
    )
    .map(([start, hours]): Entries => [
      ['startTime', iso(start)],
      ['endTime', iso(start + hours * HOUR)],
    ]),
  fc
    .integer({ min: Date.UTC(2100, 0, 1), max: Date.UTC(2150, 0, 1) })
    .map((end): Entries => [['endTime', iso(end)]]),
  fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) })
    .map((start): Entries => [['startTime', iso(start)]]),
);

function validBody(world: World, flow: FlowSpec): fc.Arbitrary<Entries> {
  const c = compileFlow(flow);
  const fields = c.valueFields.map((f) => {
    const value = f.required ? validValue(f) : fc.option(validValue(f), { nil: undefined, freq: 2 });
    return value.chain((v): fc.Arbitrary<Entries> => {
      if (v === undefined) return fc.constant([]);
      const unitKey = c.unitKeyOf.get(f.id);
      if (unitKey === undefined) return fc.constant([[f.id, v]]);
      return fc.constantFrom(...(f.units ?? [])).map((u): Entries => [
        [f.id, v],
        [unitKey, u],
      ]);
    });
  });
  const mobile = flow.fields
    .filter((f) => f.kind === 'view' || f.kind === 'mobile')
    .map((f) =>
      fc
        .option(validValue(f), { nil: undefined, freq: 4 })
        .map((v): Entries => (v === undefined ? [] : [[f.id, v]])),
    );
  return fc.constantFrom(...world.hubs).chain((hubId) => {
    const people = world.assignable(hubId);
    const assignee =
      people.length === 0
        ? fc.constant<Entries>([])
        : fc
            .option(fc.tuple(fc.shuffledSubarray([...people], { minLength: 1 }), fc.boolean()), {
              nil: undefined,
            })
            // as the array, or as the one comma-separated string MileApp's docs describe (decision 034)
            .map((a): Entries => (a ? [['assignee', a[1] ? a[0].join(', ') : a[0]]] : []));
    const refId = fc
      .option(hostileString, { nil: undefined, freq: 3 })
      .map((r): Entries => (r === undefined ? [] : [['refId', r]]));
    return fc
      .tuple(fc.tuple(...fields), fc.tuple(...mobile), assignee, times, refId)
      .map(([f, m, a, t, r]): Entries => [
        ['flow', flow.name],
        ['hubId', hubId],
        ...f.flat(),
        ...m.flat(),
        ...a,
        ...t,
        ...r,
      ]);
  });
}

/** One way of spoiling a body (it may also leave it valid: the validators decide, not the generator). */
function mutation(world: World, flow: FlowSpec): fc.Arbitrary<(m: Map<string, unknown>) => void> {
  const c = compileFlow(flow);
  const ids = flow.fields.map((f) => f.id);
  const set = (k: string) => (v: unknown) => (m: Map<string, unknown>) => void m.set(k, v);
  const hostileKeys = fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    ...[...RESERVED_KEYS].slice(0, 12),
    'x',
    'customer name',
    `${ids[0]}_unit`,
    '',
  );
  return fc.oneof(
    // a field with a hostile value
    fc.constantFrom(...c.valueFields).chain((f) => hostileValue(f).map(set(f.id))),
    // a field or a fixed key missing
    fc.constantFrom(...ids, 'flow', 'hubId').map((k) => (m: Map<string, unknown>) => void m.delete(k)),
    // an extra key
    fc.tuple(hostileKeys, fc.oneof(wrongType, hostileString)).map(
      ([k, v]) =>
        (m: Map<string, unknown>) =>
          void m.set(k, v),
    ),
    // flow and hub: unknown, another organisation's, wrong type
    fc.oneof(fc.constantFrom('Nope', 'visit', 'Inspection', ''), wrongType).map(set('flow')),
    fc
      .oneof(fc.constantFrom(...world.foreignHubs, '000000000000000000000000', ''), wrongType)
      .map(set('hubId')),
    // assignees: not a list, not emails, not assignable here
    fc
      .oneof(
        fc.constantFrom(...world.strangers).map((e) => [e]),
        fc.array(hostileString, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...world.strangers),
        wrongType,
      )
      .map(set('assignee')),
    // times: impossible, wrong type, end before start
    fc.oneof(impossibleDatetime, wrongType).map(set('startTime')),
    fc.oneof(impossibleDatetime, wrongType, validDatetime).map(set('endTime')),
    // a number where a string belongs, deep nesting, NaN
    fc.constantFrom(...ids).chain((k) => fc.oneof(nested, fc.constant(NAN), fc.integer()).map(set(k))),
  );
}

export function bodyArb(world: World): fc.Arbitrary<Entries> {
  const keyPool = [
    'flow',
    'hubId',
    'assignee',
    'startTime',
    'endTime',
    'refId',
    '__proto__',
    'constructor',
    'status',
    ...world.flows.flatMap((f) => f.fields.map((x) => x.id)),
  ];
  return fc.constantFrom(...world.flows).chain((flow) =>
    fc.oneof(
      { weight: 4, arbitrary: validBody(world, flow) },
      {
        weight: 5,
        arbitrary: fc
          .tuple(validBody(world, flow), fc.array(mutation(world, flow), { minLength: 1, maxLength: 3 }))
          .map(([entries, muts]) => {
            const m = new Map(entries);
            for (const mut of muts) mut(m);
            return [...m.entries()];
          }),
      },
      {
        weight: 1,
        arbitrary: fc.uniqueArray(
          fc.tuple(
            fc.constantFrom(...keyPool),
            fc.oneof(wrongType, hostileString, fc.constantFrom(flow.name, ...world.hubs)),
          ),
          {
            selector: ([k]) => k,
            maxLength: 8,
          },
        ),
      },
    ),
  );
}

function wireValue(v: unknown): string {
  if (v === NAN) return 'NaN';
  if (typeof v === 'number' && !Number.isFinite(v)) return v > 0 ? '1e999' : '-1e999';
  if (Array.isArray(v)) return `[${v.map(wireValue).join(',')}]`;
  if (typeof v === 'object' && v !== null)
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${wireValue(x)}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** The JSON text sent. Infinity is written 1e999 (JSON.parse reads Infinity); NaN as the bare token NaN. */
export function toWire(entries: Entries): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${wireValue(v)}`).join(',')}}`;
}

export function hasNaN(entries: Entries): boolean {
  return toWire(entries).includes('NaN') && !safeParse(toWire(entries)).ok;
}

export function safeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

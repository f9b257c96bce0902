// Per-flow lookups built once and reused for every body validated against that flow (the server checks
// thousands of bodies per flow). FlowSpecs are treated as immutable after normalisation.
import { FIELD_KINDS } from './field-kinds';
import type { FieldSpec, FlowSpec } from './types';

export interface CompiledFlow {
  byId: ReadonlyMap<string, FieldSpec>;
  /** `<id>_unit` → its number field */
  unitKeys: ReadonlyMap<string, FieldSpec>;
  /** field id → `<id>_unit`, so hot loops do not concatenate strings */
  unitKeyOf: ReadonlyMap<string, string>;
  unitSets: ReadonlyMap<string, ReadonlySet<string>>;
  optionSets: ReadonlyMap<string, ReadonlySet<string>>;
  /** every component id and `<id>_unit`: the flow's own keys of a POST /task body */
  bodyKeys: ReadonlySet<string>;
  /** fields that carry a value at task creation (not view, mobile or unsupported) */
  valueFields: readonly FieldSpec[];
}

const cache = new WeakMap<FlowSpec, CompiledFlow>();

/** A number (or currency) field sent with a unit, as `<id>_unit`. */
export function hasUnits(f: FieldSpec): boolean {
  return f.units !== undefined && f.units.length > 0;
}

export function carriesValue(f: FieldSpec): boolean {
  return FIELD_KINDS[f.kind].carriesValue;
}

export function compileFlow(flow: FlowSpec): CompiledFlow {
  const hit = cache.get(flow);
  if (hit) return hit;
  const byId = new Map<string, FieldSpec>();
  const unitKeys = new Map<string, FieldSpec>();
  const unitKeyOf = new Map<string, string>();
  const unitSets = new Map<string, ReadonlySet<string>>();
  const optionSets = new Map<string, ReadonlySet<string>>();
  const valueFields: FieldSpec[] = [];
  for (const f of flow.fields) {
    if (byId.has(f.id)) continue;
    byId.set(f.id, f);
    if (!carriesValue(f)) continue;
    valueFields.push(f);
    if (hasUnits(f)) {
      const key = `${f.id}_unit`;
      unitKeys.set(key, f);
      unitKeyOf.set(f.id, key);
      unitSets.set(f.id, new Set(f.units));
    }
    if (f.kind === 'select') optionSets.set(f.id, new Set(f.options ?? []));
  }
  const bodyKeys = new Set([...byId.keys(), ...unitKeys.keys()]);
  const compiled: CompiledFlow = { byId, unitKeys, unitKeyOf, unitSets, optionSets, bodyKeys, valueFields };
  cache.set(flow, compiled);
  return compiled;
}

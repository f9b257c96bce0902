// The bridge between MileApp component ids and react-hook-form names. Component ids are data: they may
// contain dots or brackets, which react-hook-form would read as paths, so every field gets a flat
// generated name (`v.f3`, `v.f3_unit`) and values cross this bridge by id.
import { compileFlow } from '../../../flow/compile';
import type { FieldSpec, FieldValues, FlowSpec } from '../../../flow/types';
import { own, setOwn } from '../../../flow/values';
import { fromFlowValue, toFlowValue } from './form-values';
import { registry } from '../fields/registry';

/** What react-hook-form holds: component values under `v`, the task's fixed keys at the top. */
export interface FormShape {
  v: Record<string, unknown>;
  hubId: string;
  assignee: string[];
  startTime: string;
  endTime: string;
}

export const META_NAMES = ['hubId', 'assignee', 'startTime', 'endTime'] as const;

interface Slot {
  field: FieldSpec;
  key: string;
  unitKey?: string;
}

export interface FormModel {
  flow: FlowSpec;
  /** form name of a component id (`v.f3`), undefined for ids not in the flow */
  nameOf(id: string): string | undefined;
  /** form name of the unit select of a number field */
  unitNameOf(id: string): string | undefined;
  /** POST /task body key (`weight_unit`, `hubId`, …) → form name */
  nameOfBodyKey(key: string): string | undefined;
  /** `v` of the form → values by component id, in the flow's wire forms */
  toFlowValues(v: Record<string, unknown>): FieldValues;
  /** values by component id → `v` of the form (unknown ids are left out) */
  toFormValues(values: FieldValues): Record<string, unknown>;
  /**
   * `v` without the empty values of plain inputs. react-hook-form writes every default it is given into
   * its input when the input registers, and reads the input instead when it has none: an empty input
   * needs no writing. On a large flow these writes (into date and time inputs above all) were a good
   * part of mounting the form (docs/performance.md).
   */
  withoutEmptyInputs(v: Record<string, unknown>): Record<string, unknown>;
}

export function createFormModel(flow: FlowSpec): FormModel {
  const compiled = compileFlow(flow);
  const slots: Slot[] = [];
  const byId = new Map<string, Slot>();
  compiled.valueFields.forEach((field, i) => {
    const slot: Slot = { field, key: `f${i}` };
    if (compiled.unitKeyOf.has(field.id)) slot.unitKey = `f${i}_unit`;
    slots.push(slot);
    byId.set(field.id, slot);
  });
  const unitByBodyKey = new Map<string, Slot>();
  for (const [bodyKey, field] of compiled.unitKeys) {
    const slot = byId.get(field.id);
    if (slot) unitByBodyKey.set(bodyKey, slot);
  }

  return {
    flow,
    nameOf: (id) => {
      const slot = byId.get(id);
      return slot ? `v.${slot.key}` : undefined;
    },
    unitNameOf: (id) => {
      const slot = byId.get(id);
      return slot?.unitKey ? `v.${slot.unitKey}` : undefined;
    },
    nameOfBodyKey(key) {
      if ((META_NAMES as readonly string[]).includes(key)) return key;
      const slot = byId.get(key);
      if (slot) return `v.${slot.key}`;
      const unit = unitByBodyKey.get(key);
      return unit?.unitKey ? `v.${unit.unitKey}` : undefined;
    },
    toFlowValues(v) {
      const out: FieldValues = {};
      for (const s of slots) {
        setOwn(out, s.field.id, toFlowValue(s.field, own(v, s.key)));
        if (s.unitKey) setOwn(out, `${s.field.id}_unit`, own(v, s.unitKey));
      }
      return out;
    },
    withoutEmptyInputs(v) {
      const out = { ...v };
      for (const s of slots) if (out[s.key] === '' && registry[s.field.kind].plainInput) delete out[s.key];
      return out;
    },
    toFormValues(values) {
      const out: Record<string, unknown> = {};
      for (const s of slots) {
        if (Object.hasOwn(values, s.field.id)) out[s.key] = fromFlowValue(s.field, values[s.field.id]);
        const unitId = `${s.field.id}_unit`;
        if (s.unitKey && typeof own(values, unitId) === 'string') out[s.unitKey] = values[unitId];
      }
      return out;
    },
  };
}

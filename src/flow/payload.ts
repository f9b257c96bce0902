// Form values → the POST /task body (mileapp-api.md §2.1; encodings in docs/decisions/001, 003, 005).
import { carriesValue, compileFlow } from './compile';
import { isNumeric } from './field-checks';
import { evaluateRules } from './rules';
import type { FieldSpec, FieldValues, FlowSpec } from './types';
import { isAbsent, own, setOwn } from './values';

export interface TaskMeta {
  hubId: string;
  assignee?: string[];
  startTime?: string;
  endTime?: string;
  refId?: string;
}

function stringList(v: unknown): string[] {
  if (typeof v === 'string') return v === '' ? [] : [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function encode(f: FieldSpec, v: unknown): unknown {
  if (f.kind === 'number' || f.kind === 'currency')
    return isNumeric(v) ? Number(typeof v === 'string' ? v.trim() : v) : v;
  if (f.kind === 'select' && f.multiple) return stringList(v);
  return v;
}

export function buildTaskBody(flow: FlowSpec, values: FieldValues, meta: TaskMeta): Record<string, unknown> {
  const c = compileFlow(flow);
  const { hidden } = evaluateRules(flow.fields, values);
  const body: Record<string, unknown> = { flow: flow.name, hubId: meta.hubId };
  for (const f of c.valueFields) {
    if (hidden.has(f.id)) continue;
    let v = own(values, f.id);
    if (isAbsent(v) && !f.visible) v = f.defaultValue;
    if (isAbsent(v)) continue;
    setOwn(body, f.id, encode(f, v));
    const unitKey = c.unitKeyOf.get(f.id);
    if (unitKey !== undefined) {
      const unit = own(values, unitKey);
      setOwn(body, unitKey, isAbsent(unit) ? f.units?.[0] : unit);
    }
  }
  if (meta.assignee && meta.assignee.length > 0) body.assignee = [...meta.assignee];
  if (!isAbsent(meta.startTime)) body.startTime = meta.startTime;
  if (!isAbsent(meta.endTime)) body.endTime = meta.endTime;
  if (!isAbsent(meta.refId)) body.refId = meta.refId;
  return body;
}

function initialValue(f: FieldSpec): unknown {
  const d = f.defaultValue;
  if (f.kind === 'select' && f.multiple) return stringList(d);
  if (typeof d === 'string') return d;
  if (typeof d === 'number' && Number.isFinite(d)) return String(d);
  if (Array.isArray(d) && typeof d[0] === 'string') return d[0];
  return '';
}

/** The form's starting values: defaults as strings, multi-selects as string[], units = the first unit. */
export function initialValues(flow: FlowSpec): FieldValues {
  const c = compileFlow(flow);
  const values: FieldValues = {};
  for (const f of c.valueFields) {
    setOwn(values, f.id, initialValue(f));
    const unitKey = c.unitKeyOf.get(f.id);
    if (unitKey !== undefined) setOwn(values, unitKey, f.units?.[0] ?? '');
  }
  return values;
}

/**
 * The component values a server stores for a validated POST /task body: values as sent, `<id>_unit`
 * kept, values of components hidden by an onSelect rule dropped, `visible:false` defaults filled in
 * (docs/decisions/003, 005). Fixed keys (flow, hubId, …) are not included. Each is handed to `store`,
 * in the flow's order.
 */
export function forEachStoredValue(
  flow: FlowSpec,
  body: Record<string, unknown>,
  store: (key: string, value: unknown) => void,
): void {
  const c = compileFlow(flow);
  const { hidden } = evaluateRules(flow.fields, body);
  for (const [id, f] of c.byId) {
    if (hidden.has(id)) continue;
    let v = own(body, id);
    if (isAbsent(v) && !f.visible && carriesValue(f)) v = f.defaultValue;
    if (isAbsent(v)) continue;
    store(id, v);
    const unitKey = c.unitKeyOf.get(id);
    const unit = unitKey === undefined ? undefined : own(body, unitKey);
    if (unitKey !== undefined && !isAbsent(unit)) store(unitKey, unit);
  }
}

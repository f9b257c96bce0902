// The one validator of POST /task, run by the browser form (validateFields) and the server
// (validateTaskBody). Never throws on any JSON input.
import { checkAssignee, checkKeys, checkTimes, echo } from './body-checks';
import { compileFlow, type CompiledFlow } from './compile';
import { checkValue, fieldError } from './field-checks';
import { evaluateRules } from './rules';
import type { FieldError, FieldSpec, FieldValues, FlowSpec } from './types';
import { isAbsent, own } from './values';

export interface TaskContext {
  findFlow(name: string): FlowSpec | undefined;
  hubExists(hubId: string): boolean;
  isAssignable(email: string, hubId: string): boolean;
  /** the creation time the flow's start/end adjustments count from (default: now) */
  now?(): Date;
}

const NO_VALUES: FieldValues = {};

function checkUnit(f: FieldSpec, value: unknown, values: FieldValues, c: CompiledFlow, out: FieldError[]) {
  const key = c.unitKeyOf.get(f.id);
  if (key === undefined) return;
  const unit = own(values, key);
  const title = f.title;
  if (isAbsent(unit)) {
    if (!isAbsent(value)) out.push({ field: key, code: 'task-001', key: 'unitRequired', params: { title } });
  } else if (typeof unit !== 'string' || !c.unitSets.get(f.id)?.has(unit)) {
    out.push({ field: key, code: 'task-017', key: 'unit', params: { title } });
  }
}

/** The component values of a flow's Initial Page: what the form checks on blur and submit. */
export function validateFields(flow: FlowSpec, values: FieldValues): FieldError[] {
  const vals = typeof values === 'object' && values !== null ? values : NO_VALUES;
  const c = compileFlow(flow);
  const { hidden, readOnly } = evaluateRules(flow.fields, vals);
  const errors: FieldError[] = [];
  for (const f of c.valueFields) {
    if (hidden.has(f.id)) continue; // hidden by a rule: ignored, not validated (decision 005)
    const value = own(vals, f.id);
    if (isAbsent(value)) {
      if (f.required && f.visible && !readOnly.has(f.id)) errors.push(fieldError(f, 'task-001', 'required'));
    } else {
      const e = checkValue(f, value, c.optionSets.get(f.id));
      if (e) errors.push(e);
    }
    if (f.units) checkUnit(f, value, vals, c, errors);
  }
  return errors;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `flow` or `hubId`: required, a string, and known. Returns what `find` found, when it did. */
function checkRef<T>(
  body: Record<string, unknown>,
  key: 'flow' | 'hubId',
  out: FieldError[],
  find: (s: string) => T | undefined,
): T | undefined {
  const v = own(body, key);
  if (isAbsent(v)) out.push({ field: key, code: 'task-001', key: 'required' });
  else if (typeof v !== 'string') out.push({ field: key, code: 'task-003', key: 'text' });
  else {
    const found = find(v);
    if (found !== undefined) return found;
    const unknown = key === 'flow' ? 'unknownFlow' : 'unknownHub';
    out.push({ field: key, code: 'task-033', key: unknown, params: { value: echo(v) } });
  }
  return undefined;
}

/** Everything the server checks for POST /task; [] when the body is valid. */
export function validateTaskBody(body: unknown, ctx: TaskContext): FieldError[] {
  if (!isPlainObject(body)) return [{ field: 'body', code: 'task-003', key: 'notAnObject' }];
  const errors: FieldError[] = [];
  const flow = checkRef(body, 'flow', errors, (name) => ctx.findFlow(name));
  const hubId = checkRef(body, 'hubId', errors, (id) => (ctx.hubExists(id) ? id : undefined));
  let compiled: CompiledFlow | undefined;
  if (flow !== undefined) {
    compiled = compileFlow(flow);
    for (const e of validateFields(flow, body)) errors.push(e);
  }
  checkAssignee(own(body, 'assignee'), hubId, (email, hub) => ctx.isAssignable(email, hub), errors);
  checkTimes(body, flow, () => ctx.now?.() ?? new Date(), errors);
  const refId = own(body, 'refId');
  if (refId !== undefined && refId !== null && typeof refId !== 'string')
    errors.push({ field: 'refId', code: 'task-003', key: 'text' });
  checkKeys(body, flow, compiled, errors);
  return errors;
}

// MileApp flow JSON (GET /flows item, GET /flow/:id, or the flowFields fallback) → FlowSpec.
import { flag, isRecord, kindOfInputType, normaliseComponent, type Raw } from './normalise-component';
import { FIXED_KEYS } from './reserved';
import type { FieldSpec, FlowSpec } from './types';

const DEFAULT_START_HOURS = 0;
const DEFAULT_END_HOURS = 24;

function adjustment(configurations: unknown, id: string, fallback: number): number {
  if (!Array.isArray(configurations)) return fallback;
  const entry: unknown = configurations.find((c) => isRecord(c) && c.id === id);
  if (!isRecord(entry)) return fallback;
  const v = entry.adjustment;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** A later component reusing an id would share the first one's value: it is shown as unsupported. */
function dedupe(fields: FieldSpec[]): FieldSpec[] {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.id)) f.kind = 'unsupported';
    seen.add(f.id);
  }
  return fields;
}

function initialPage(pages: unknown): unknown[] {
  if (!Array.isArray(pages)) return [];
  const page0: unknown = pages[0];
  if (!isRecord(page0) || page0.enabled === false || !Array.isArray(page0.components)) return [];
  return page0.components;
}

export function normaliseFlow(raw: unknown): FlowSpec {
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.trim() === '')
    throw new Error('Not a MileApp flow: expected an object with a non-empty "name".');
  // `configuration` is the spelling GET /flows documents for its `fields` parameter.
  const configurations = raw.configurations ?? raw.configuration;
  const flow: FlowSpec = {
    name: raw.name,
    fields: dedupe(initialPage(raw.pages).map((c, i) => normaliseComponent(c, i))),
    startAdjustmentHours: adjustment(configurations, 'startTime', DEFAULT_START_HOURS),
    endAdjustmentHours: adjustment(configurations, 'endTime', DEFAULT_END_HOURS),
  };
  if (typeof raw._id === 'string') flow._id = raw._id;
  return flow;
}

function flowFieldSpec(f: Raw, index: number): FieldSpec | null {
  if (typeof f.component === 'string') return normaliseComponent(f, index); // GET /flow/:name/fields shape
  if (typeof f.field !== 'string' || f.field === '' || FIXED_KEYS.has(f.field)) return null;
  const rawType = typeof f.type === 'string' ? f.type : '';
  const options = Array.isArray(f.format) ? f.format.filter((o): o is string => typeof o === 'string') : null;
  const spec: FieldSpec = {
    id: f.field === '__proto__' ? `#${index}` : f.field,
    title: f.field,
    kind: f.field === '__proto__' ? 'unsupported' : options ? 'select' : kindOfInputType(rawType),
    component: options ? 'select' : 'input',
    rawType,
    required: flag(f.required),
    visible: true,
    defaultValue: null,
  };
  if (spec.kind === 'select') Object.assign(spec, { options, min: 0, max: 1, multiple: false });
  return spec;
}

/** Fallback from GET /flow/:flowName/task: `format` lists a select's options; fixed keys are skipped. */
export function normaliseFlowFields(data: { flowName: string; flowFields: unknown[] }): FlowSpec {
  if (!isRecord(data) || typeof data.flowName !== 'string' || data.flowName.trim() === '')
    throw new Error('Not a MileApp flowFields answer: expected an object with a non-empty "flowName".');
  const fields: FieldSpec[] = [];
  const items: unknown[] = Array.isArray(data.flowFields) ? data.flowFields : [];
  items.forEach((item, i) => {
    const spec = isRecord(item) ? flowFieldSpec(item, i) : null;
    if (spec) fields.push(spec);
  });
  return {
    name: data.flowName,
    fields: dedupe(fields),
    startAdjustmentHours: DEFAULT_START_HOURS,
    endAdjustmentHours: DEFAULT_END_HOURS,
  };
}

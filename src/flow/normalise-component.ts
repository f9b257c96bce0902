// One MileApp component (either spelling, any casing, string counts) → FieldSpec. Never throws: an odd
// component becomes 'unsupported' so the rest of the flow keeps working.
import { FIELD_KINDS } from './field-kinds';
import type { FieldKind, FieldSpec, OnSelectAction, OnSelectRule } from './types';

export type Raw = Record<string, unknown>;

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const INPUT_KINDS: ReadonlyMap<string, FieldKind> = new Map(
  Object.entries(FIELD_KINDS).flatMap(([kind, info]) =>
    info.inputTypes.map((t): [string, FieldKind] => [t, kind as FieldKind]),
  ),
);

const MOBILE = new Set(['photo', 'signature', 'bill', 'list', 'timer', 'voice', 'capture', 'subpage']);
const ACTIONS = new Set<string>(['show', 'hide', 'fill']);
const NOT_LETTERS = /[^a-z]/g;

/** `Datetime`, `dateTime`, `date-time`, `PhoneNumber`, `phone_number` … → one lower-case key. */
export function typeKey(t: string): string {
  return t.toLowerCase().replace(NOT_LETTERS, '');
}

/** Kind of an input (or flowFields entry) from its raw type; missing type = text, unknown = unsupported. */
export function kindOfInputType(rawType: string, format?: unknown): FieldKind {
  if (rawType === '') return 'text';
  const key = typeKey(rawType);
  // The docs' build script publishes Datetime as `string` + `format: date-time` (mileapp-api.md §0.1).
  if (key === 'string' && format === 'date-time') return 'datetime';
  return INPUT_KINDS.get(key) ?? 'unsupported';
}

export function flag(v: unknown): boolean {
  return v === true || v === 'true' || v === 1;
}

/** A count given as a number or a numeric string ("3"); undefined when absent or nonsense. */
export function count(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.trunc(n) : undefined;
}

/** A bound given as a number or a numeric string ("-5"); undefined when absent or nonsense. */
function bound(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function numberSpec(c: Raw, spec: FieldSpec): void {
  const min = bound(c.min);
  const max = bound(c.max);
  if (min !== undefined) spec.minValue = min;
  if (max !== undefined) spec.maxValue = max;
  if (spec.kind === 'currency') spec.decimals = count(c.decimals ?? c.precision) ?? 0;
  else if (c.useUnit !== false) {
    const units = strings(c.units);
    if (units.length > 0) spec.units = units;
  }
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const x of v) if (typeof x === 'string' || typeof x === 'number') out.push(String(x));
  return out;
}

function rules(v: unknown): OnSelectRule[] {
  if (!Array.isArray(v)) return [];
  const out: OnSelectRule[] = [];
  for (const r of v) {
    if (!isRecord(r) || typeof r.action !== 'string') continue;
    const action = r.action.toLowerCase();
    if (!ACTIONS.has(action)) continue;
    const componentAffected = strings(r.componentAffected);
    if (componentAffected.length > 0)
      out.push({ options: strings(r.options), action: action as OnSelectAction, componentAffected });
  }
  return out;
}

function selectSpec(c: Raw, style: string, spec: FieldSpec): void {
  const min = count(c.min) ?? 0;
  const maxRaw = count(c.max);
  const max = maxRaw !== undefined && maxRaw > 0 ? maxRaw : undefined;
  spec.options = strings(c.options);
  spec.min = min;
  if (max !== undefined) spec.max = max;
  // A checkbox group without a limit lets people tick several; otherwise more than one needs max > 1.
  spec.multiple = max !== undefined ? max > 1 : typeKey(style) === 'checkbox';
  if (min > 0) spec.required = true;
  const onSelect = rules(c.onSelect);
  if (onSelect.length > 0) spec.onSelect = onSelect;
}

function kindOf(component: string, rawType: string, c: Raw): FieldKind {
  if (component === 'input') return kindOfInputType(rawType, c.format);
  if (component === 'select') return 'select';
  if (component === 'view') return 'view';
  return MOBILE.has(component) ? 'mobile' : 'unsupported';
}

export function normaliseComponent(c: unknown, index: number): FieldSpec {
  const raw: Raw = isRecord(c) ? c : {};
  const component = typeof raw.component === 'string' ? raw.component.toLowerCase() : '';
  const typeValue = raw.type ?? raw.inputType;
  const rawType = typeof typeValue === 'string' ? typeValue : '';
  const hasId = typeof raw.id === 'string' && raw.id !== '' && raw.id !== '__proto__';
  const id = hasId ? (raw.id as string) : `#${index}`;
  const title = typeof raw.title === 'string' && raw.title.trim() !== '' ? raw.title : id;
  const spec: FieldSpec = {
    id,
    title,
    kind: hasId ? kindOf(component, rawType, raw) : 'unsupported',
    component,
    rawType,
    required: flag(raw.required ?? raw.isRequired),
    visible: !(raw.visible === false || raw.visible === 'false' || raw.visible === 0),
    defaultValue: raw.default ?? null,
  };
  if (typeof raw.showAs === 'string' && raw.showAs !== '') spec.showAs = raw.showAs;
  if (spec.kind === 'select') selectSpec(raw, rawType, spec);
  if (spec.kind === 'number' || spec.kind === 'currency') numberSpec(raw, spec);
  if (
    spec.kind === 'geolocation' &&
    flag(raw.useGeocode) &&
    typeof raw.geocodeAs === 'string' &&
    raw.geocodeAs !== ''
  )
    spec.geocodeAs = raw.geocodeAs;
  if (spec.kind === 'view' && (typeof raw.value === 'string' || typeof raw.value === 'number'))
    spec.value = String(raw.value);
  return spec;
}

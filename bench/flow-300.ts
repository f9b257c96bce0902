// The 300-field flow every benchmark uses, generated deterministically in MileApp's flow object shape
// (GET /flows item). Kinds repeat in a fixed pattern of ten so that every kind is spread over the whole
// form, and five selects carry onSelect rules (hide and fill) whose targets are visible by default: all
// 300 fields are on screen and editable when the form opens, and the rules are live.

export const FLOW_300_NAME = 'Bench 300 fields';
export const SMALL_FLOW_NAME = 'Bench small';
export const FIELD_COUNT = 300;

export type BenchKind = 'text' | 'number' | 'date' | 'phone' | 'time' | 'address' | 'select';

/** text 120, and 30 each of number (with units), date, phone, time, address, select */
const PATTERN: readonly BenchKind[] = [
  'text',
  'number',
  'text',
  'date',
  'phone',
  'text',
  'time',
  'address',
  'text',
  'select',
];

const RAW_TYPE: Record<Exclude<BenchKind, 'select'>, string> = {
  text: 'String',
  number: 'Numeric',
  date: 'Date',
  phone: 'PhoneNumber',
  time: 'Time',
  address: 'Address',
};

const LABEL: Record<BenchKind, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  phone: 'Phone',
  time: 'Time',
  address: 'Address',
  select: 'Choice',
};

export const UNITS = ['KG', 'G', 'LB'] as const;
export const OPTIONS = ['Standard', 'Express', 'Return'] as const;
/** the selects (by index) that carry onSelect rules */
export const RULE_SELECTS = [9, 59, 109, 159, 209] as const;

export interface BenchField {
  index: number;
  id: string;
  title: string;
  kind: BenchKind;
  required: boolean;
}

const pad = (n: number) => String(n).padStart(3, '0');

/** Field i (0-based): id `f001` … `f300`, title `Text 001`, unique and no reserved key. */
export function benchField(index: number): BenchField {
  const kind = PATTERN[index % PATTERN.length] ?? 'text';
  const n = pad(index + 1);
  return { index, id: `f${n}`, title: `${LABEL[kind]} ${n}`, kind, required: index % 7 === 0 };
}

export const FIELDS_300: readonly BenchField[] = Array.from({ length: FIELD_COUNT }, (_, i) => benchField(i));

/** The text fields (kind text), in form order: the ones the typing benchmark types into. */
export const TEXT_FIELDS = FIELDS_300.filter((f) => f.kind === 'text');

function onSelectRules(index: number) {
  if (!(RULE_SELECTS as readonly number[]).includes(index)) return undefined;
  // Targets: the text field right after the select (hidden only while "Return" is chosen) and the
  // one three further on (shown editable while Standard or Express is chosen: the default).
  return [
    { options: ['Return'], action: 'hide', componentAffected: [benchField(index + 1).id] },
    { options: ['Standard', 'Express'], action: 'fill', componentAffected: [benchField(index + 3).id] },
  ];
}

function component(f: BenchField): Record<string, unknown> {
  const common = { id: f.id, title: f.title, required: f.required, visible: true };
  if (f.kind === 'select') {
    const rules = onSelectRules(f.index);
    return {
      component: 'select',
      ...common,
      type: 'dropdown',
      options: [...OPTIONS],
      min: 0,
      max: 1,
      default: 'Standard',
      ...(rules ? { onSelect: rules } : {}),
    };
  }
  const base = { component: 'input', ...common, type: RAW_TYPE[f.kind], default: null };
  return f.kind === 'number' ? { ...base, useUnit: true, units: [...UNITS] } : base;
}

function flowObject(id: string, name: string, components: Record<string, unknown>[]) {
  return {
    _id: id,
    organizationId: '634e98098ce07d29474a7e22',
    name,
    pages: [{ id: 'page0', enabled: true, components }],
    configurations: [
      { id: 'startTime', adjustment: 0 },
      { id: 'endTime', adjustment: 24 },
    ],
    isDefault: false,
    orderIndex: 0,
    version: 1,
  };
}

/** The 300-field flow as GET /flows returns it. */
export function flow300(): Record<string, unknown> {
  return flowObject('65b000000000000000000300', FLOW_300_NAME, FIELDS_300.map(component));
}

/** A three-field flow: what the flow switch benchmark switches away from and back. */
export function smallFlow(): Record<string, unknown> {
  return flowObject('65b000000000000000000003', SMALL_FLOW_NAME, FIELDS_300.slice(0, 3).map(component));
}

// The same 300 fields for the two form generators we compare against: a JSON Schema (shared), the rjsf
// uiSchema and the JSON Forms uischema. Each library gets its idiomatic controls: text inputs, a number
// with a separate unit enum (`<id>_unit`, as MileApp sends it), date/time formats, a tel input, a textarea
// for addresses and an enum dropdown for selects.
import { FIELDS_300, OPTIONS, RULE_SELECTS, UNITS, benchField, type BenchField } from './flow-300';

type Json = Record<string, unknown>;

function propertiesOf(f: BenchField): [string, Json][] {
  switch (f.kind) {
    case 'number':
      return [
        [f.id, { type: 'number', title: f.title }],
        [`${f.id}_unit`, { type: 'string', title: `${f.title} unit`, enum: [...UNITS], default: UNITS[0] }],
      ];
    case 'date':
      return [[f.id, { type: 'string', title: f.title, format: 'date' }]];
    case 'time':
      return [[f.id, { type: 'string', title: f.title, format: 'time' }]];
    case 'select':
      return [[f.id, { type: 'string', title: f.title, enum: [...OPTIONS], default: 'Standard' }]];
    default:
      return [[f.id, { type: 'string', title: f.title }]];
  }
}

/** JSON Schema (draft-07) of the 300 fields; `required` as in the flow. */
export function jsonSchema300(): Json {
  return {
    type: 'object',
    properties: Object.fromEntries(FIELDS_300.flatMap(propertiesOf)),
    required: FIELDS_300.filter((f) => f.required).map((f) => f.id),
  };
}

/** rjsf: tel and textarea widgets. rjsf has no declarative show/hide, so the onSelect rules are left out
 * (which can only make rjsf look faster than it would be with them). */
export function rjsfUiSchema300(): Json {
  const ui: Json = {};
  for (const f of FIELDS_300) {
    if (f.kind === 'phone') ui[f.id] = { 'ui:options': { inputType: 'tel' } };
    if (f.kind === 'address') ui[f.id] = { 'ui:widget': 'textarea' };
  }
  return ui;
}

/** The JSON Forms rule equivalent to an onSelect `hide` on "Return" / `fill` on Standard or Express. */
function jsonFormsRule(f: BenchField): Json | undefined {
  for (const s of RULE_SELECTS) {
    const scope = `#/properties/${benchField(s).id}`;
    if (f.index === s + 1) return { effect: 'HIDE', condition: { scope, schema: { const: 'Return' } } };
    if (f.index === s + 3) {
      return { effect: 'SHOW', condition: { scope, schema: { enum: ['Standard', 'Express'] } } };
    }
  }
  return undefined;
}

/** JSON Forms: one vertical layout of controls; addresses multi-line; the onSelect rules as JSON Forms rules. */
export function jsonFormsUiSchema300(): Json {
  const elements: Json[] = [];
  for (const f of FIELDS_300) {
    const rule = jsonFormsRule(f);
    elements.push({
      type: 'Control',
      scope: `#/properties/${f.id}`,
      ...(f.kind === 'address' ? { options: { multi: true } } : {}),
      ...(rule ? { rule } : {}),
    });
    if (f.kind === 'number') elements.push({ type: 'Control', scope: `#/properties/${f.id}_unit` });
  }
  return { type: 'VerticalLayout', elements };
}

// JSON Forms with the vanilla renderers as its docs show it: data in React state, onChange sets it,
// default settings (validate and show on every change), the onSelect rules as JSON Forms rules.
import './instrument';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FIELDS_300, UNITS } from '../flow-300';
import { jsonFormsUiSchema300, jsonSchema300 } from '../flow-300-schemas';
import { mountButtons } from './mount-buttons';

const schema = jsonSchema300();
const uischema = jsonFormsUiSchema300();
// JSON Forms does not fill schema defaults: start from the same defaults the flow gives.
const initial: Record<string, unknown> = {};
for (const f of FIELDS_300) {
  if (f.kind === 'select') initial[f.id] = 'Standard';
  if (f.kind === 'number') initial[`${f.id}_unit`] = UNITS[0];
}

function Bench() {
  const [data, setData] = useState<unknown>(initial);
  return h(JsonForms, {
    schema,
    uischema: uischema as never,
    data,
    renderers: vanillaRenderers,
    cells: vanillaCells,
    onChange: ({ data: next }: { data: unknown }) => setData(next),
  });
}

let root: ReturnType<typeof createRoot> | null = null;
const host = mountButtons(
  () => {
    root ??= createRoot(host);
    root.render(h(Bench));
  },
  () => root?.render(null),
);

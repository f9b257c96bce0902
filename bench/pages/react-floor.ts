// React's own floor: the same 300 fields as the plain page, rendered by React as uncontrolled inputs,
// one component per field, no form library. VARIANT=rhf registers each with react-hook-form.
import './instrument';
import { createElement as h, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { FIELDS_300, OPTIONS, UNITS, type BenchField } from '../flow-300';
import { mountButtons } from './mount-buttons';

const rhf = new URLSearchParams(location.search).has('rhf');
const TYPES: Record<string, string> = { date: 'date', time: 'time', phone: 'tel' };

function Field({ f, register }: { f: BenchField; register?: UseFormRegister<Record<string, string>> }) {
  const reg = (name: string) => (register ? register(name) : { name });
  const control =
    f.kind === 'address'
      ? h('textarea', { id: f.id, ...reg(f.id) })
      : f.kind === 'select'
        ? h(
            'select',
            { id: f.id, ...reg(f.id) },
            OPTIONS.map((o) => h('option', { key: o, value: o }, o)),
          )
        : h('input', { id: f.id, type: TYPES[f.kind] ?? 'text', ...reg(f.id) });
  return h(
    'div',
    { className: 'field' },
    h('label', { htmlFor: f.id }, f.required ? `${f.title} *` : f.title),
    control,
    f.kind === 'number'
      ? h(
          'select',
          { 'aria-label': `${f.title} unit`, ...reg(`${f.id}_unit`) },
          UNITS.map((u) => h('option', { key: u, value: u }, u)),
        )
      : null,
  );
}

const defaults = Object.fromEntries(FIELDS_300.map((f) => [f.id, f.kind === 'select' ? 'Standard' : '']));
function RhfForm() {
  const { register } = useForm<Record<string, string>>({ defaultValues: defaults });
  return h(
    'form',
    null,
    FIELDS_300.map((f) => h(Field, { key: f.id, f, register })),
  );
}
function PlainForm() {
  return h(
    'form',
    null,
    FIELDS_300.map((f) => h(Field, { key: f.id, f })),
  );
}

let root: ReturnType<typeof createRoot> | null = null;
const host = mountButtons(
  () => {
    root ??= createRoot(host);
    root.render(h(rhf ? RhfForm : PlainForm));
  },
  () => root?.render(h(Fragment)),
);

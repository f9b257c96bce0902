// The floor: the same 300 fields as plain HTML controls, no framework, no listeners of its own.
import './instrument';
import { FIELDS_300, OPTIONS, UNITS, type BenchField } from '../flow-300';
import { mountButtons } from './mount-buttons';

function control(f: BenchField): HTMLElement {
  if (f.kind === 'address') return document.createElement('textarea');
  if (f.kind === 'select') {
    const select = document.createElement('select');
    for (const o of OPTIONS) select.add(new Option(o, o, o === 'Standard', o === 'Standard'));
    return select;
  }
  const input = document.createElement('input');
  input.type = { date: 'date', time: 'time', phone: 'tel' }[f.kind as string] ?? 'text';
  return input;
}

function fieldRow(f: BenchField): HTMLElement {
  const row = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = f.id;
  label.textContent = f.required ? `${f.title} *` : f.title;
  const c = control(f);
  c.id = f.id;
  c.setAttribute('name', f.id);
  row.append(label, c);
  if (f.kind === 'number') {
    const unit = document.createElement('select');
    unit.setAttribute('aria-label', `${f.title} unit`);
    for (const u of UNITS) unit.add(new Option(u, u));
    row.append(unit);
  }
  return row;
}

const host = mountButtons(
  () => {
    const form = document.createElement('form');
    form.append(...FIELDS_300.map(fieldRow));
    host.replaceChildren(form);
  },
  () => host.replaceChildren(),
);

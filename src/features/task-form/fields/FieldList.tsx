import { memo, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { evaluateRules } from '../../../flow/rules';
import type { FieldSpec } from '../../../flow/types';
import { useT } from '../../../i18n/i18n';
import { UnsupportedField } from './UnsupportedField';
import { useTaskForm } from '../form-context';
import { rowFor, spansRow } from './registry';

/**
 * Fields per block of the grid (at least; a block ends where a grid row does). Each block is skipped by the browser's styling and layout while it is off
 * screen (content-visibility, task-form.css): mounting a 300-field flow styles and lays out the blocks on
 * screen and a box for each other block, instead of a box for each of the 300 fields (docs/performance.md).
 */
const BLOCK = 20;

/**
 * Where each block starts (indexes into `fields`). Each block is a grid of its own, so a block ending in the
 * middle of a row would leave a hole in it: a block ends only where the row is complete, as CSS grid's
 * auto-placement would fill one grid of all the fields. Counted with the fields shown while no select is
 * chosen (the targets of show/fill rules start hidden); a rule that shows or hides a field later can still
 * shift a row by one cell within its block.
 */
export function blockStarts(fields: FieldSpec[], withMap: boolean, size = BLOCK): number[] {
  const { hidden } = evaluateRules(fields, {});
  const starts = [0];
  let inBlock = 0;
  let column = 0; // the next free cell of the current row: 0 or 1
  fields.forEach((f, i) => {
    if (!f.visible || hidden.has(f.id)) return;
    column = spansRow(f, withMap) ? 0 : (column + 1) % 2;
    if (++inBlock >= size && column === 0 && i + 1 < fields.length) {
      starts.push(i + 1);
      inBlock = 0;
    }
  });
  return starts;
}

/**
 * Every component of the Initial Page, in order. A repeated id cannot hold a second value: it is shown as
 * such. The list, not each field, listens to the rules and the errors: one subscription each instead of
 * two per field (a 300-field flow mounts faster, docs/performance.md). Each row is its kind's memoised
 * component, given its own rule state and error, so neither typing elsewhere nor a rule or an error of
 * another field re-renders it. Hidden fields are unmounted but keep their value (react-hook-form does
 * not unregister), so showing them again brings back what was typed.
 */
export const FieldList = memo(function FieldList({ fields }: { fields: FieldSpec[] }) {
  const t = useT();
  const { model, rules, errors, renderLocation } = useTaskForm();
  const starts = useMemo(() => blockStarts(fields, renderLocation !== undefined), [fields, renderLocation]);
  useSyncExternalStore(rules.subscribe, rules.version);
  useSyncExternalStore(errors.subscribe, errors.version);
  if (fields.length === 0) return <p className="muted">{t('taskForm.noFields')}</p>;
  const seen = new Set<string>();
  const rows = fields.map((field, i) => {
    const repeated = seen.has(field.id);
    seen.add(field.id);
    if (repeated) {
      return (
        <UnsupportedField
          key={`#${i}`}
          field={{ ...field, rawType: `duplicate id ${field.id}` }}
          name=""
          readOnly
        />
      );
    }
    const state = rules.stateOf(field.id);
    if (!field.visible || state === 'hidden') return null;
    const name = model.nameOf(field.id) ?? '';
    const Row = rowFor(field.kind);
    return (
      <Row
        key={field.id}
        field={field}
        name={name}
        readOnly={state === 'readOnly'}
        error={name === '' ? undefined : errors.errorOf(name)}
      />
    );
  });
  const withMap = renderLocation !== undefined;
  const blocks: ReactNode[] = starts.map((start, b) => {
    const end = starts[b + 1] ?? fields.length;
    let cells = 0;
    for (let i = start; i < end; i++) if (rows[i] !== null) cells += spansRow(fields[i]!, withMap) ? 2 : 1;
    if (cells === 0) return null; // every field of it hidden: no empty box holding a place
    // A map measures its container when it mounts: its block is always laid out.
    const map = fields.slice(start, end).some((f) => f.kind === 'geolocation');
    return (
      <div
        key={start}
        className={map ? 'fields fields-map' : 'fields'}
        // Until first laid out, an off-screen block holds the place of its rows (about 5rem each).
        style={{ containIntrinsicSize: `auto ${Math.ceil(cells / 2) * 5}rem` }}
      >
        {rows.slice(start, end)}
      </div>
    );
  });
  return <div className="field-blocks">{blocks}</div>;
});

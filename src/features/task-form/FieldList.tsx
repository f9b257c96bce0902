import { memo, useSyncExternalStore, type ReactNode } from 'react';
import type { FieldSpec } from '../../flow/types';
import { useT } from '../../i18n/i18n';
import { UnsupportedField } from './fields/UnsupportedField';
import { useTaskForm } from './form-context';
import { rowFor } from './registry';

/**
 * Fields per block of the grid. Each block is skipped by the browser's styling and layout while it is off
 * screen (content-visibility, task-form.css): mounting a 300-field flow styles and lays out the blocks on
 * screen and a box for each other block, instead of a box for each of the 300 fields (docs/performance.md).
 */
const BLOCK = 20;

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
  const { model, rules, errors } = useTaskForm();
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
  const blocks: ReactNode[] = [];
  for (let start = 0; start < fields.length; start += BLOCK) {
    // A map measures its container when it mounts: its block is always laid out.
    const map = fields.slice(start, start + BLOCK).some((f) => f.kind === 'geolocation');
    blocks.push(
      <div key={start} className={map ? 'fields fields-map' : 'fields'}>
        {rows.slice(start, start + BLOCK)}
      </div>,
    );
  }
  return <div className="field-blocks">{blocks}</div>;
});

import { memo } from 'react';
import type { FieldSpec } from '../../flow/types';
import { useT } from '../../i18n/i18n';
import { FieldRow } from './FieldRow';
import { UnsupportedField } from './fields/UnsupportedField';

/** Every component of the Initial Page, in order. A repeated id cannot hold a second value: it is shown as such. */
export const FieldList = memo(function FieldList({ fields }: { fields: FieldSpec[] }) {
  const t = useT();
  if (fields.length === 0) return <p className="muted">{t('taskForm.noFields')}</p>;
  const seen = new Set<string>();
  return (
    <div className="fields">
      {fields.map((field, i) => {
        const repeated = seen.has(field.id);
        seen.add(field.id);
        return repeated ? (
          <UnsupportedField
            key={`#${i}`}
            field={{ ...field, rawType: `duplicate id ${field.id}` }}
            name=""
            readOnly
          />
        ) : (
          <FieldRow key={field.id} field={field} />
        );
      })}
    </div>
  );
});

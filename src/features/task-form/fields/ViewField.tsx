import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';

/** Read-only text from the flow; `$otherId` shows that field's live value. */
export function ViewField({ field }: FieldProps) {
  const { model } = useTaskForm();
  const text = field.value ?? (typeof field.defaultValue === 'string' ? field.defaultValue : '');
  const linked = text.startsWith('$') ? model.nameOf(text.slice(1)) : undefined;
  return linked ? (
    <LinkedView title={field.title} name={linked} />
  ) : (
    <ViewLine title={field.title} text={text} />
  );
}

function LinkedView({ title, name }: { title: string; name: string }) {
  const { control } = useTaskForm();
  // Subscribed to that one field only.
  const value: unknown = useWatch({ control, name: name as never, exact: true });
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
  return <ViewLine title={title} text={text} />;
}

function ViewLine({ title, text }: { title: string; text: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{title}</label>
      <input id={id} type="text" className="input-view" readOnly value={text} />
    </div>
  );
}

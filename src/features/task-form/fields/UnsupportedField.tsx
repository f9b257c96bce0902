import { useT } from '../../../i18n/i18n';
import type { FieldProps } from './field-props';

/** A component this app does not know: said so, never silently dropped; the rest of the form works. */
export function UnsupportedField({ field }: FieldProps) {
  const t = useT();
  const type = [field.component, field.rawType].filter((s) => s !== '').join(' / ') || '?';
  return (
    <div className="field field-static field-unsupported">
      <span className="field-title">{field.title}</span>
      <p className="muted">{t('taskForm.unsupported', { type })}</p>
    </div>
  );
}

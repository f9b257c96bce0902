import { useT } from '../../../i18n/i18n';
import type { FieldProps } from './field-props';

/** Photos, signatures and the like are captured on the phone, after the task exists. */
export function MobileField({ field }: FieldProps) {
  const t = useT();
  return (
    <div className="field field-static">
      <span className="field-title">{field.title}</span>
      <p className="muted">{t('taskForm.mobileOnly')}</p>
    </div>
  );
}

import { useT } from '../../../i18n/i18n';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldText } from './use-field-error';

export function DropdownField({ field, name, readOnly, error }: FieldProps) {
  const t = useT();
  const { control } = useTaskForm();
  const { inputId, errorId, message, invalid } = useFieldText(name, field.title, error);
  const a11y = {
    id: inputId,
    'aria-required': field.required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(invalid && errorId),
    ...control.register(name as never),
  };
  return (
    <FieldFrame
      inputId={inputId}
      label={field.title}
      required={field.required}
      errorId={errorId}
      error={message}
    >
      {readOnly ? (
        <input type="text" readOnly {...a11y} />
      ) : (
        <select {...a11y}>
          <option value="">{t('taskForm.choose')}</option>
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

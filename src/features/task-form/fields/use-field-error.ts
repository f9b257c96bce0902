import { useT } from '../../../i18n/i18n';
import { useFormError, type FormError } from '../model/error-store';
import { errorText } from '../model/error-codec';
import { useTaskForm } from '../form-context';

/**
 * The ids that tie input, label and message together, and the message of `error` in the current
 * language. The ids come from the form's own id and the field's name: no id hook per field.
 */
export function useFieldText(name: string, title: string, error: FormError) {
  const t = useT();
  const { idPrefix } = useTaskForm();
  const message = errorText(t, error, title);
  return {
    inputId: `${idPrefix}${name}-input`,
    errorId: `${idPrefix}${name}-error`,
    message,
    invalid: message !== undefined,
  };
}

/**
 * The error of one name, subscribed by exact name: typing in one field never re-renders another. For
 * controls outside the field list (which hands its fields their error instead).
 */
export function useFieldError(name: string, title: string) {
  const { errors } = useTaskForm();
  return useFieldText(name, title, useFormError(errors, name));
}

import { useId } from 'react';
import { useT } from '../../../i18n/i18n';
import { useFormError } from '../error-store';
import { errorText } from '../error-codec';
import { useTaskForm } from '../form-context';

/**
 * The error of one field, subscribed by exact name: typing in one field never re-renders another.
 * Returns the ids that tie input, label and message together.
 */
export function useFieldError(name: string, title: string) {
  const t = useT();
  const { errors } = useTaskForm();
  const error = useFormError(errors, name);
  const id = useId();
  const message = errorText(t, error, title);
  return { inputId: `${id}-input`, errorId: `${id}-error`, message, invalid: message !== undefined };
}

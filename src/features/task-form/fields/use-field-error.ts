import { useId } from 'react';
import { get, useFormState } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { errorText } from '../error-codec';
import { useTaskForm } from '../form-context';

/**
 * The error of one field, subscribed by exact name: typing in one field never re-renders another.
 * Returns the ids that tie input, label and message together.
 */
export function useFieldError(name: string, title: string) {
  const t = useT();
  const { control } = useTaskForm();
  const { errors } = useFormState({ control, name: name as never, exact: true });
  const id = useId();
  const message = errorText(t, get(errors, name) as { type?: unknown; message?: unknown } | undefined, title);
  return { inputId: `${id}-input`, errorId: `${id}-error`, message, invalid: message !== undefined };
}

import type { HTMLInputTypeAttribute } from 'react';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldError } from './use-field-error';

interface InputOptions {
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'url' | 'email';
  autoComplete?: string;
  multiline?: boolean;
  step?: number;
}

/**
 * An uncontrolled input registered with react-hook-form: keystrokes stay in the DOM and re-render
 * nothing; only this field's error state can re-render it.
 */
export function InputField({ field, name, readOnly, ...opts }: FieldProps & InputOptions) {
  const { control } = useTaskForm();
  const { inputId, errorId, message, invalid } = useFieldError(name, field.title);
  const common = {
    id: inputId,
    readOnly,
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
      {opts.multiline ? (
        <textarea rows={3} autoComplete={opts.autoComplete} {...common} />
      ) : (
        <input
          type={opts.type ?? 'text'}
          inputMode={opts.inputMode}
          autoComplete={opts.autoComplete ?? 'off'}
          step={opts.step}
          {...common}
        />
      )}
    </FieldFrame>
  );
}

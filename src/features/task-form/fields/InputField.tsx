import type { ComponentType, HTMLInputTypeAttribute, ReactNode } from 'react';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, fieldErrorText, STAR } from './FieldFrame';
import { useFieldText } from './use-field-error';

interface InputOptions {
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'url' | 'email';
  autoComplete?: string;
  multiline?: boolean;
  step?: number;
  /** under the input and its error (the Address field's "Find on map") */
  after?: ReactNode;
}

/**
 * An uncontrolled input registered with react-hook-form: keystrokes stay in the DOM and re-render
 * nothing; only this field's error state can re-render it.
 */
export function InputField({ field, name, readOnly, error, ...opts }: FieldProps & InputOptions) {
  const { control } = useTaskForm();
  const { inputId, errorId, message, invalid } = useFieldText(name, field.title, error);
  const common = {
    id: inputId,
    readOnly,
    'aria-required': field.required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(invalid && errorId),
    ...control.register(name as never),
  };
  // The frame is written out here rather than through <FieldFrame>: this is the component most flows
  // have dozens or hundreds of, and each component less per field is mount time saved.
  return (
    <div className={opts.multiline ? 'field field-wide' : 'field'}>
      <label htmlFor={inputId}>
        {field.title}
        {field.required ? STAR : null}
      </label>
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
      {fieldErrorText(errorId, message)}
      {opts.after}
    </div>
  );
}

/** The registry's component of an input kind: InputField with that kind's options, as one component. */
export function inputKind(opts: InputOptions): ComponentType<FieldProps> {
  return function InputKind(props: FieldProps) {
    return InputField({ ...props, ...opts });
  };
}

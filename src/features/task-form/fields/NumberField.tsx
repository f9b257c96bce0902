import { useState, type ChangeEvent } from 'react';
import { useT } from '../../../i18n/i18n';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, fieldErrorText, STAR } from './FieldFrame';
import { numberHint } from './number-hint';
import { useFieldError, useFieldText } from './use-field-error';

/**
 * A number or an amount, read as people here write it (src/flow/numbers.ts) and shown back as read; with
 * a unit select beside it when the flow gives units (sent as `<id>_unit`).
 */
export function NumberField({ field, name, readOnly, error }: FieldProps) {
  const t = useT();
  const { control, model, getValues } = useTaskForm();
  const value = useFieldText(name, field.title, error);
  const unitName = model.unitNameOf(field.id);
  // The typed text, only for the hint below: the input itself stays uncontrolled.
  const [text, setText] = useState(() => getValues(name as never) as unknown);
  const hint = numberHint(t, field, text);
  const hintId = `${value.inputId}-hint`;
  const registered = control.register(name as never);
  const input = (
    <div className="field">
      <label htmlFor={value.inputId}>
        {field.title}
        {field.required ? STAR : null}
      </label>
      {/* text + decimal keypad, not type=number: a number input hides what was typed when it is not
          a number, so the person would never see why it was refused */}
      <input
        id={value.inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        readOnly={readOnly}
        aria-required={field.required || undefined}
        aria-invalid={value.invalid || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, value.invalid && value.errorId)}
        {...registered}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          setText(e.target.value);
          return registered.onChange(e);
        }}
      />
      {hint !== undefined ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {fieldErrorText(value.errorId, value.message)}
    </div>
  );
  if (!unitName || !field.units) return input;
  return (
    <div className="number-row">
      {input}
      <UnitSelect name={unitName} title={field.title} units={field.units} readOnly={readOnly} />
    </div>
  );
}

function UnitSelect(props: { name: string; title: string; units: string[]; readOnly: boolean }) {
  const t = useT();
  const { control } = useTaskForm();
  const unit = useFieldError(props.name, props.title);
  const a11y = {
    id: unit.inputId,
    'aria-invalid': unit.invalid || undefined,
    'aria-describedby': describedBy(unit.invalid && unit.errorId),
    ...control.register(props.name as never),
  };
  return (
    <div className="field unit">
      <label htmlFor={unit.inputId}>{t('taskForm.unitLabel', { title: props.title })}</label>
      {/* A disabled control drops out of react-hook-form's values, so read-only is a read-only input. */}
      {props.readOnly ? (
        <input type="text" readOnly {...a11y} />
      ) : (
        <select {...a11y}>
          {props.units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      )}
      {fieldErrorText(unit.errorId, unit.message)}
    </div>
  );
}

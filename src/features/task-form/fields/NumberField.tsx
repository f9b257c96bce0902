import { useT } from '../../../i18n/i18n';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, fieldErrorText, STAR } from './FieldFrame';
import { InputField } from './InputField';
import { useFieldError, useFieldText } from './use-field-error';

/** A number, with a unit select beside it when the flow gives units (sent as `<id>_unit`). */
export function NumberField({ field, name, readOnly, error }: FieldProps) {
  const { control, model } = useTaskForm();
  const value = useFieldText(name, field.title, error);
  const unitName = model.unitNameOf(field.id);
  if (!unitName || !field.units)
    return <InputField field={field} name={name} readOnly={readOnly} error={error} inputMode="decimal" />;
  return (
    <div className="number-row">
      <div className="field">
        <label htmlFor={value.inputId}>
          {field.title}
          {field.required ? STAR : null}
        </label>
        {/* text + decimal keypad rather than type=number: see CurrencyField */}
        <input
          id={value.inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          readOnly={readOnly}
          aria-required={field.required || undefined}
          aria-invalid={value.invalid || undefined}
          aria-describedby={describedBy(value.invalid && value.errorId)}
          {...control.register(name as never)}
        />
        {fieldErrorText(value.errorId, value.message)}
      </div>
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

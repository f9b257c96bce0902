import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { errorText } from '../model/error-codec';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, fieldErrorText, RequiredMark } from './FieldFrame';

/**
 * Several choices as checkboxes in a labelled group. At `max` the unticked boxes are disabled, so the
 * limit cannot be passed; `min` is checked like every other rule (on blur and submit).
 */
export function CheckboxGroupField({ field, name, readOnly }: FieldProps) {
  const t = useT();
  const id = useId();
  const { control } = useTaskForm();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: name as never });
  const chosen: string[] = Array.isArray(value) ? (value as string[]) : [];
  const message = errorText(t, fieldState.error, field.title);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const full = field.max !== undefined && chosen.length >= field.max;
  const hint = limitHint(t, field.min ?? 0, field.max);
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...chosen, option] : chosen.filter((c) => c !== option);
    // Keep the flow's option order whatever order they were ticked in.
    onChange((field.options ?? []).filter((o) => next.includes(o)));
  };
  return (
    <fieldset
      className="field choices"
      aria-describedby={describedBy(hint && hintId, message !== undefined && errorId)}
      // Touched when focus leaves the group, not when it moves from one box to the next.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur();
      }}
    >
      <legend>
        {field.title}
        <RequiredMark required={field.required} />
      </legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="choices-options">
        {(field.options ?? []).map((option, i) => {
          const checked = chosen.includes(option);
          return (
            <label key={option} className="check">
              <input
                type="checkbox"
                ref={i === 0 ? ref : undefined}
                checked={checked}
                disabled={readOnly || (full && !checked)}
                aria-invalid={message !== undefined || undefined}
                onChange={(e) => toggle(option, e.target.checked)}
              />
              {option}
            </label>
          );
        })}
      </div>
      {fieldErrorText(errorId, message)}
    </fieldset>
  );
}

function limitHint(t: ReturnType<typeof useT>, min: number, max?: number): string {
  if (max !== undefined && min > 0) return t('taskForm.chooseBetween', { min, max });
  if (max !== undefined) return t('taskForm.chooseUpTo', { max });
  return min > 0 ? t('taskForm.chooseAtLeast', { min }) : '';
}

import { useId, useMemo } from 'react';
import { useT } from '../../../i18n/i18n';
import { useTaskForm } from '../form-context';
import { describedBy, FieldFrame } from '../fields/FieldFrame';
import { useFieldError } from '../fields/use-field-error';
import { zoneLabel } from './times';

/** "Start time" and "End time" in the browser's zone, which is named under both. */
export function TimesFields() {
  const t = useT();
  const zoneId = useId();
  const zone = useMemo(() => zoneLabel(), []);
  return (
    <div className="times">
      <TimeInput name="startTime" label={t('taskForm.startTime')} zoneId={zoneId} />
      <TimeInput name="endTime" label={t('taskForm.endTime')} zoneId={zoneId} />
      <p className="hint times-zone" id={zoneId}>
        {t('taskForm.timeZone', { zone })}
      </p>
    </div>
  );
}

function TimeInput({
  name,
  label,
  zoneId,
}: {
  name: 'startTime' | 'endTime';
  label: string;
  zoneId: string;
}) {
  const { control } = useTaskForm();
  const { inputId, errorId, message, invalid } = useFieldError(name, label);
  return (
    <FieldFrame inputId={inputId} label={label} required={false} errorId={errorId} error={message}>
      <input
        id={inputId}
        type="datetime-local"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(zoneId, invalid && errorId)}
        {...control.register(name)}
      />
    </FieldFrame>
  );
}

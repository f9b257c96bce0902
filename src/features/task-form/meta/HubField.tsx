import { useEffect, useId } from 'react';
import { useController } from 'react-hook-form';
import { useHubs } from '../../../api/get-hubs';
import { useT } from '../../../i18n/i18n';
import { errorText } from '../model/error-codec';
import { useTaskForm } from '../form-context';
import { describedBy, FieldFrame } from '../fields/FieldFrame';
import { lastHub } from './last-hub';

/**
 * The hub of the task (GET /hubs). Controlled, because the options arrive after the value (a draft or a
 * duplicate may name a hub before the list is loaded). Without a value it takes the last hub used here.
 */
export function HubField() {
  const t = useT();
  const id = useId();
  const { control, setValue } = useTaskForm();
  const hubs = useHubs();
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'hubId' });
  const message = errorText(t, fieldState.error, t('taskForm.hub'));

  const hasError = fieldState.error !== undefined;
  useEffect(() => {
    if (!hubs.data || hubs.data.length === 0 || value !== '') return;
    const remembered = lastHub();
    const pick = hubs.data.find((h) => h._id === remembered) ?? hubs.data[0];
    // A "required" said while the list was loading no longer describes the field: check it again.
    if (pick) setValue('hubId', pick._id, { shouldValidate: hasError });
  }, [hubs.data, value, setValue, hasError]);

  const errorId = `${id}-error`;
  return (
    <FieldFrame
      inputId={`${id}-input`}
      label={t('taskForm.hub')}
      required
      errorId={errorId}
      error={message ?? (hubs.isError ? t('taskForm.hubsFailed') : undefined)}
    >
      <select
        id={`${id}-input`}
        ref={ref}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-required
        aria-invalid={message !== undefined || undefined}
        aria-describedby={describedBy((message !== undefined || hubs.isError) && errorId)}
      >
        <option value="">{hubs.isPending ? t('taskForm.hubsLoading') : t('taskForm.choose')}</option>
        {hubs.data?.map((h) => (
          <option key={h._id} value={h._id}>
            {h.name}
          </option>
        ))}
        {/* A remembered hub the list no longer has stays visible rather than silently changing. */}
        {value !== '' && hubs.data && !hubs.data.some((h) => h._id === value) ? (
          <option value={value}>{value}</option>
        ) : null}
      </select>
    </FieldFrame>
  );
}

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useWatch } from 'react-hook-form';
import { useHubs } from '../../../api/get-hubs';
import { localZoneName, zoneAt } from '../../../flow/time-zones';
import { useT } from '../../../i18n/i18n';
import { useZoneLookup } from '../../../ui/use-zone-lookup';
import { useTaskForm } from '../form-context';
import { describedBy, FieldFrame } from '../fields/FieldFrame';
import { useFieldError } from '../fields/use-field-error';
import { defaultTimes, deviceZoneNow, offsetNow } from './times';

const TIMES = ['startTime', 'endTime'] as const;

/**
 * "Start time" and "End time", typed in the chosen hub's time zone (WIB, WITA, WIT), named under both.
 * A hub without coordinates leaves them in the device's zone, and says so.
 */
export function TimesFields() {
  const t = useT();
  const zoneId = useId();
  const { control, zone, getValues, setValue, model } = useTaskForm();
  const hubId = useWatch({ control, name: 'hubId', exact: true });
  const hubs = useHubs();
  const hub = hubs.data?.find((h) => h._id === hubId);
  const { lookup } = useZoneLookup();
  const hubZone =
    lookup && hub && typeof hub.lat === 'number' && typeof hub.lng === 'number'
      ? zoneAt(lookup, hub.lat, hub.lng)
      : undefined;
  const current = useSyncExternalStore(zone.subscribe, zone.get);

  // Times nobody changed follow the hub: "now" in Makassar is an hour later on the clock than in Jakarta.
  // The defaults last written are remembered to tell them from times the person typed or a draft kept.
  const { startAdjustmentHours: startHours, endAdjustmentHours: endHours } = model.flow;
  const [mounted] = useState(() => defaultTimes(startHours, endHours, new Date(), zone.get()));
  const written = useRef(mounted);
  useEffect(() => {
    if (hubZone === zone.get()) return;
    zone.set(hubZone);
    const next = defaultTimes(startHours, endHours, new Date(), hubZone);
    for (const name of TIMES) if (getValues(name) === written.current[name]) setValue(name, next[name]);
    written.current = next;
  }, [hubZone, zone, startHours, endHours, getValues, setValue]);

  const device = deviceZoneNow();
  const text = current
    ? t('taskForm.timeZoneHub', {
        zone: localZoneName(current) ?? current,
        name: current,
        offset: offsetNow(current),
        hub: hub?.name ?? '',
      })
    : t('taskForm.timeZone', { zone: `${device.zone} (UTC${device.offset})` });
  return (
    <div className="times">
      <TimeInput name="startTime" label={t('taskForm.startTime')} zoneId={zoneId} />
      <TimeInput name="endTime" label={t('taskForm.endTime')} zoneId={zoneId} />
      <p className="hint times-zone" id={zoneId}>
        {text}
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

import { parseDatetime } from '../../flow/datetime';
import type { FieldSpec } from '../../flow/types';
import { own } from '../../flow/values';
import { localeOf, type Lang } from '../../i18n/i18n';

// dateStyle/timeStyle cannot be combined with timeZoneName, hence the parts one by one.
export const LOCAL_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** A MileApp datetime in the browser's time zone, with the zone named; the raw text when unparseable. */
export function localTime(value: unknown, lang: Lang): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = parseDatetime(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(localeOf(lang), LOCAL_TIME).format(date);
}

/**
 * A stored field value as text: lists joined, numbers with their unit (`unitKey`, the flow's
 * `<id>_unit` for this field: compileFlow's unitKeyOf); null when absent.
 */
export function fieldText(
  field: FieldSpec,
  task: Record<string, unknown>,
  unitKey: string | undefined,
): string | null {
  const value = own(task, field.id);
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  const unit = unitKey === undefined ? undefined : own(task, unitKey);
  return typeof unit === 'string' && unit !== '' ? `${String(value)} ${unit}` : String(value);
}

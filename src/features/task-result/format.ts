import { isDate, isDatetime, isTime, parseDatetime } from '../../flow/datetime';
import { localZoneName, zoneAt, type ZoneLookup } from '../../flow/time-zones';
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

/**
 * A MileApp datetime in `zone` (the hub's, else the browser's), with the zone named (WIB, WITA and WIT by
 * those names); the raw text when unparseable.
 */
export function localTime(value: unknown, lang: Lang, zone?: string): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = parseDatetime(value);
  if (!date) return value;
  const local = zone === undefined ? undefined : localZoneName(zone);
  if (local === undefined)
    return new Intl.DateTimeFormat(localeOf(lang), { ...LOCAL_TIME, timeZone: zone }).format(date);
  const { timeZoneName: _named, ...unnamed } = LOCAL_TIME;
  return `${new Intl.DateTimeFormat(localeOf(lang), { ...unnamed, timeZone: zone }).format(date)} ${local}`;
}

/** The time zone of a task's hub, from the coordinates MileApp returns with it; undefined without them. */
export function hubZoneOf(task: Record<string, unknown>, lookup: ZoneLookup | undefined): string | undefined {
  const hub = task.hub as { lat?: unknown; lng?: unknown } | undefined;
  if (!lookup || typeof hub?.lat !== 'number' || typeof hub.lng !== 'number') return undefined;
  return zoneAt(lookup, hub.lat, hub.lng);
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * A date, datetime or time field's value in `lang`'s words (`6 Des 2026, 09.30`), never Y-m-d; null when
 * it is not one. Without an offset it is the wall-clock time the person typed: parseDatetime reads it as
 * UTC, and it is written in UTC, so no zone shifts it. With an offset it is an instant, like the task's times.
 */
export function calendarText(kind: FieldSpec['kind'], value: string, lang: Lang): string | null {
  let typed: string;
  if (kind === 'date' && isDate(value)) typed = `${value} 00:00:00`;
  else if (kind === 'time' && isTime(value))
    typed = `1970-01-01 ${value.length === 5 ? `${value}:00` : value}`;
  else if (kind === 'datetime' && isDatetime(value)) {
    if (OFFSET.test(value)) return localTime(value, lang);
    typed = value;
  } else return null;
  const date = parseDatetime(typed);
  if (date === null) return null;
  const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' };
  if (date.getUTCSeconds() !== 0) clock.second = '2-digit';
  const options = kind === 'date' ? DAY : kind === 'time' ? clock : { ...DAY, ...clock };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(date);
}

/**
 * A stored field value as text: lists joined, numbers with their unit (`unitKey`, the flow's
 * `<id>_unit` for this field: compileFlow's unitKeyOf), dates and times in `lang`'s words; null when absent.
 */
export function fieldText(
  field: FieldSpec,
  task: Record<string, unknown>,
  unitKey: string | undefined,
  lang: Lang,
): string | null {
  const value = own(task, field.id);
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') {
    const calendar = calendarText(field.kind, value, lang);
    if (calendar !== null) return calendar;
  }
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  const unit = unitKey === undefined ? undefined : own(task, unitKey);
  return typeof unit === 'string' && unit !== '' ? `${String(value)} ${unit}` : String(value);
}

// Start and end are typed as wall-clock times (datetime-local) in the hub's time zone, or the device's
// when the hub has no coordinates, and sent as ISO-8601 with that zone's offset, so the server stores
// the instant the person meant (docs/decisions/029-hub-time-zones.md).
import { addHours, format, isValid, parseISO } from 'date-fns';
import { toIsoOffset } from '../../../flow/datetime';
import { toZonedInput, zonedInputToIso, zoneOffset } from '../../../flow/time-zones';

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A Date → the value of a datetime-local input (minutes precision) in `zone`, else the device's. */
export function toLocalInput(d: Date, zone?: string): string {
  return zone ? toZonedInput(d, zone) : format(d, "yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local value → `2024-05-01T09:30:00+07:00`; undefined when empty; the text itself when unreadable. */
export function localInputToIso(value: unknown, zone?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!LOCAL_INPUT.test(value)) return value;
  if (zone) return zonedInputToIso(value, zone) ?? value;
  const d = parseISO(value);
  return isValid(d) ? toIsoOffset(d, -d.getTimezoneOffset()) : value;
}

/** Start and end from the flow's adjustments, counted from `now`, as wall-clock times in `zone`. */
export function defaultTimes(
  startHours: number,
  endHours: number,
  now = new Date(),
  zone?: string,
): { startTime: string; endTime: string } {
  const start = addHours(now, startHours);
  return { startTime: toLocalInput(start, zone), endTime: toLocalInput(addHours(start, endHours), zone) };
}

let deviceZone: string | undefined;

/** The device's IANA zone and its offset now: `{ zone: 'Asia/Jakarta', offset: '+07:00' }`. */
export function deviceZoneNow(now = new Date()): { zone: string; offset: string } {
  // Building an Intl formatter is slow (about a millisecond); the zone is looked up once per page.
  deviceZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { zone: deviceZone ?? '', offset: toIsoOffset(now, -now.getTimezoneOffset()).slice(-6) };
}

/** The offset of `zone` now: `+08:00`. */
export function offsetNow(zone: string, now = new Date()): string {
  return zoneOffset(zone, now);
}

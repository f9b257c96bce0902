// Start and end are typed in the browser's time zone (datetime-local) and sent as ISO-8601 with that
// zone's offset, so the server stores the instant the person meant.
import { addHours, format, isValid, parseISO } from 'date-fns';
import { toIsoOffset } from '../../../flow/datetime';

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A Date → the value of a datetime-local input (minutes precision). */
export function toLocalInput(d: Date): string {
  return format(d, "yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local value → `2024-05-01T09:30:00+07:00`; undefined when empty; the text itself when unreadable. */
export function localInputToIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const d = LOCAL_INPUT.test(value) ? parseISO(value) : null;
  if (!d || !isValid(d)) return value;
  return toIsoOffset(d, -d.getTimezoneOffset());
}

/** Start and end from the flow's adjustments, counted from `now`. */
export function defaultTimes(
  startHours: number,
  endHours: number,
  now = new Date(),
): { startTime: string; endTime: string } {
  const start = addHours(now, startHours);
  return { startTime: toLocalInput(start), endTime: toLocalInput(addHours(start, endHours)) };
}

let zoneName: string | undefined;

/** `Asia/Jakarta (UTC+07:00)`: the zone the times are entered in. */
export function zoneLabel(now = new Date()): string {
  // Building an Intl formatter is slow (about a millisecond); the zone is looked up once per page.
  zoneName ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = zoneName;
  const offset = toIsoOffset(now, -now.getTimezoneOffset()).slice(-6);
  return zone ? `${zone} (UTC${offset})` : `UTC${offset}`;
}

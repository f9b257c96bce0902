// MileApp's date, datetime and time formats (mileapp-api.md §1.3), checked as real calendar values:
// a regex alone would accept 2023-02-30 or 24:61, which MileApp's PHP backend rejects.
import { addMinutes, isExists } from 'date-fns';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
// Y-m-d H:i:s | Y-m-d\TH:i:s | Y-m-d\TH:i:sP | Y-m-d\TH:i:s.vP. `Z` and fractions of 1–6 digits are also
// taken: MileApp's own timestamps look like 2022-05-25T06:49:36.308000Z.
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?: ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)|T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:(\.\d{1,6})?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d))?)$/;

function realDate(y: string, m: string, d: string): boolean {
  return isExists(Number(y), Number(m) - 1, Number(d));
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** `s` starts with a pattern-checked `dddd-dd-dd`: is that a day of the calendar? Read without allocating. */
function realDateAt(s: string): boolean {
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (m < 1 || m > 12 || d < 1) return false;
  // Days 1–28 exist in every month (validation runs per field of thousands of bodies); the rest, and the
  // years below 100 that Date reads as 19xx, go to the calendar.
  if (d <= 28 && y >= 100) return true;
  return isExists(y, m - 1, d);
}

export function isDate(s: unknown): boolean {
  return typeof s === 'string' && DATE.test(s) && realDateAt(s);
}

export function isTime(s: unknown): boolean {
  return typeof s === 'string' && TIME.test(s);
}

export function isDatetime(s: unknown): boolean {
  return typeof s === 'string' && DATETIME.test(s) && realDateAt(s);
}

/** The instant a MileApp datetime denotes; formats without an offset are read as UTC. Null when invalid. */
export function parseDatetime(s: string): Date | null {
  const m = typeof s === 'string' ? DATETIME.exec(s) : null;
  if (m === null || !realDate(m[1]!, m[2]!, m[3]!)) return null;
  const time = m[4] !== undefined ? `${m[4]}:${m[5]}:${m[6]}` : `${m[7]}:${m[8]}:${m[9]}`;
  const millis = (m[10] ?? '.000').slice(0, 4).padEnd(4, '0');
  let offset = m[11] ?? 'Z';
  if (offset.length === 5) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  // Rewritten into the one form ECMAScript guarantees to parse (date time string format with offset).
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${time}${millis}${offset}`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2022-11-02T07:28:23+00:00`: the form MileApp returns task times in (seconds precision). */
export function toIsoOffset(d: Date, offsetMinutes = 0): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('toIsoOffset: invalid Date');
  const o = Math.trunc(offsetMinutes);
  const local = addMinutes(d, o);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = o < 0 ? '-' : '+';
  const abs = Math.abs(o);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

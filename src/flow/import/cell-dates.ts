// Dates and times as spreadsheets hold them: Excel date cells and serial numbers, `31/12/2024`,
// `2024-12-31`, `31 Desember 2024`, `08.00`, `8:00 AM` (docs/decisions/040-reading-spreadsheet-cells.md).
import { isExists } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { id as indonesian } from 'date-fns/locale/id';
import { nearestSecond } from './excel-time';
import type { Cell } from './types';

/** A wall-clock date and time, as the person wrote it: no time zone. */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

export interface ClockTime {
  h: number;
  mi: number;
  s: number;
  /** the zone the text named (WIB, WITA, WIT) */
  zone?: string;
}

const DAY_MS = 86_400_000;
// Excel's 1900 date system counts 1900-02-29, a day that never was: serial 60. Serials from 61 on count
// from 1899-12-30, those before from 1899-12-31.
const EPOCH_FROM_61 = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_60 = Date.UTC(1899, 11, 31);
/** 9999-12-31, Excel's last day. */
const MAX_SERIAL = 2_958_465;

const ZONES: Readonly<Record<string, string>> = {
  wib: 'Asia/Jakarta',
  wita: 'Asia/Makassar',
  wit: 'Asia/Jayapura',
};

/** Month names (lower case) → 1..12: English and Indonesian, full and short, and old spellings. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const months = new Map<string, number>();
  for (const locale of [indonesian, enUS])
    for (let i = 0; i < 12; i++)
      for (const width of ['wide', 'abbreviated'] as const)
        months.set(locale.localize.month(i as never, { width }).toLowerCase(), i + 1);
  const extra: [string, number][] = [
    ['peb', 2],
    ['pebruari', 2],
    ['agu', 8],
    ['ags', 8],
    ['agt', 8],
    ['sept', 9],
    ['nop', 11],
    ['nopember', 11],
  ];
  for (const [name, month] of extra) months.set(name, month);
  return months;
})();

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])(.*)$/s;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)(.*)$/s;
const NAMED = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})(?!\d)(.*)$/is;
const NAMED_MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)(.*)$/is;
const WEEKDAY = /^\p{L}+,\s*/u;
const CLOCK = /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2}))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(wib|wita|wit)?$/i;
/** what may stand between a date and its time */
const JOINER = /^(?:[T,]\s*)?(?:(?:pukul|jam|at)\s+)?/i;
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

const year = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

function wall(y: number, mo: number, d: number, rest: string): { date: Wall; rest: string } | null {
  if (y < 1000 || !isExists(y, mo - 1, d)) return null;
  return { date: { y, mo, d, h: 0, mi: 0, s: 0 }, rest: rest.trim() };
}

/** The date a text starts with, and what follows it; null when it does not start with a date. */
function dateText(text: string): { date: Wall; rest: string } | null {
  const t = text.trim().replace(WEEKDAY, '');
  let m = ISO.exec(t);
  if (m) return wall(Number(m[1]), Number(m[2]), Number(m[3]), m[4]!);
  m = NUMERIC.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Day first, as Indonesia writes it; month first only when the day cannot be the second number.
    return b > 12 && a <= 12 ? wall(year(m[3]!), a, b, m[4]!) : wall(year(m[3]!), b, a, m[4]!);
  }
  m = NAMED.exec(t);
  if (m) {
    const mo = MONTHS.get(m[2]!.toLowerCase());
    return mo === undefined ? null : wall(year(m[3]!), mo, Number(m[1]), m[4]!);
  }
  m = NAMED_MONTH_FIRST.exec(t);
  if (m) {
    const mo = MONTHS.get(m[1]!.toLowerCase());
    return mo === undefined ? null : wall(Number(m[3]), mo, Number(m[2]), m[4]!);
  }
  return null;
}

/** `08:00`, `8.00`, `8:00 AM`, `20.30 WITA`, `08:00:15`; null otherwise. */
export function clockText(text: string): ClockTime | null {
  const m = CLOCK.exec(text.trim());
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  let h = Number(m[1]);
  const mi = Number(m[2] ?? 0);
  const s = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  const zone = m[5] === undefined ? undefined : ZONES[m[5].toLowerCase()];
  return zone === undefined ? { h, mi, s } : { h, mi, s, zone };
}

/** An Excel serial (days since 1899-12-30, the fraction is the time of day) as a wall clock. */
export function serialToWall(serial: number): Wall | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_SERIAL + 1) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  if (days === 60) return null;
  const at = new Date((days >= 61 ? EPOCH_FROM_61 : EPOCH_BEFORE_60) + days * DAY_MS + seconds * 1000);
  return wallOfUtc(at);
}

/** A Date whose UTC fields hold the wall clock, as .xlsx readers give date cells. */
export function wallOfUtc(date: Date): Wall | null {
  if (Number.isNaN(date.getTime())) return null;
  const d = nearestSecond(date);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

export interface WallReading {
  at: Wall;
  /** the text gave a time of day, not only a date */
  timed: boolean;
  zone?: string;
}

/** A cell holding a date, with or without a time; null when it holds something else. */
export function wallOfCell(cell: Cell): WallReading | null {
  if (cell instanceof Date) {
    const at = wallOfUtc(cell);
    return at && { at, timed: true };
  }
  if (typeof cell === 'number') {
    const at = serialToWall(cell);
    return at && { at, timed: true };
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (SERIAL_TEXT.test(text)) {
    const at = serialToWall(Number(text.replace(',', '.')));
    return at && { at, timed: true };
  }
  const read = dateText(text);
  if (!read) return null;
  if (read.rest === '') return { at: read.date, timed: false };
  const clock = clockText(read.rest.replace(JOINER, ''));
  if (!clock) return null;
  const at = { ...read.date, h: clock.h, mi: clock.mi, s: clock.s };
  return clock.zone === undefined ? { at, timed: true } : { at, timed: true, zone: clock.zone };
}

/** A time cell: a time-only Excel cell (a Date on 1899-12-30, or a fraction of a day) or a clock text. */
export function clockOfCell(cell: Cell): ClockTime | null {
  if (cell instanceof Date) {
    const at = wallOfUtc(cell);
    return at && { h: at.h, mi: at.mi, s: at.s };
  }
  if (typeof cell === 'number') {
    // A whole number is a day, not a time of day: 8 does not mean eight o'clock here.
    if (Number.isInteger(cell)) return null;
    const at = serialToWall(cell);
    return at && { h: at.h, mi: at.mi, s: at.s };
  }
  if (typeof cell !== 'string') return null;
  const clock = clockText(cell);
  if (clock) return clock;
  const dated = wallOfCell(cell);
  return dated?.timed ? { h: dated.at.h, mi: dated.at.mi, s: dated.at.s } : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDate = (w: Wall): string => `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
export const formatClock = (c: ClockTime): string =>
  c.s === 0 ? `${pad(c.h)}:${pad(c.mi)}` : `${pad(c.h)}:${pad(c.mi)}:${pad(c.s)}`;
/** MileApp's `Y-m-d H:i:s`. */
export const formatDatetime = (w: Wall): string => `${formatDate(w)} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;
/** The `Y-m-dTH:i:s` wall clock zonedInputToIso reads. */
export const formatWallInput = (w: Wall): string => `${formatDate(w)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;

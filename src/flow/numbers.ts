// Numbers as people here write them: `250.000`, `Rp 1.500.000,50`, `2,5`, and as English does: `2.5`,
// `1,500,000.50`. One rule for the form and the spreadsheet import (docs/decisions/027-reading-numbers.md).
// The API's own wire values stay JSON numbers or JS-style numeric strings (field-checks.ts).

export interface ReadOptions {
  /** the decimal mark, when the source says which (a spreadsheet's locale); otherwise it is inferred */
  decimal?: ',' | '.';
  /** whole amounts (rupiah): a lone mark before three digits can only group thousands */
  whole?: boolean;
}

export type NumberReading =
  | {
      ok: true;
      value: number;
      /**
       * A lone `.` or `,` before exactly three digits could group thousands or mark decimals. It was
       * read the Indonesian way (`.` groups, `,` marks decimals): the form says so.
       */
      ambiguous: boolean;
    }
  | { ok: false };

const CURRENCY = /^(?:rp\.?|idr)\s*|\s*(?:rp\.?|idr)$/i;
// Spaces, no-break spaces and thin spaces group digits in some sources (`1 500 000`).
const SPACES = /[\s\u00a0\u202f]+/g;
const SHAPE = /^[+-]?[\d.,]+$/;
const DIGITS = /^\d+$/;
const GROUPED = /^\d{1,3}$/;
const MAX_LENGTH = 64;

/** `1.500.000` with `.` as the grouping mark: the groups after the first are three digits each. */
function groupsOk(parts: readonly string[]): boolean {
  return GROUPED.test(parts[0] ?? '') && parts.slice(1).every((p) => p.length === 3 && DIGITS.test(p));
}

function finish(sign: string, whole: string, fraction: string, ambiguous: boolean): NumberReading {
  const value = Number(`${sign}${whole || '0'}${fraction === '' ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? { ok: true, value, ambiguous } : { ok: false };
}

/** Digits with at most one kind of mark, which may be the decimal mark or the grouping mark. */
function oneMark(sign: string, body: string, mark: ',' | '.', opts: ReadOptions): NumberReading {
  const parts = body.split(mark);
  if (parts.some((p) => !DIGITS.test(p) && p !== '')) return { ok: false };
  if (parts.length > 2) return groupsOk(parts) ? finish(sign, parts.join(''), '', false) : { ok: false };
  const [whole = '', fraction = ''] = parts;
  if (fraction === '') return { ok: false }; // `5.`: unfinished, not a number yet
  if (opts.decimal !== undefined)
    return opts.decimal === mark
      ? finish(sign, whole, fraction, false)
      : groupsOk(parts)
        ? finish(sign, whole + fraction, '', false)
        : { ok: false };
  // Not three digits after it, or a first group that cannot start a grouped number: a decimal mark.
  const couldGroup = fraction.length === 3 && GROUPED.test(whole) && !whole.startsWith('0');
  if (!couldGroup) return finish(sign, whole, fraction, false);
  if (opts.whole) return finish(sign, whole + fraction, '', false);
  return mark === '.' ? finish(sign, whole + fraction, '', true) : finish(sign, whole, fraction, true);
}

/**
 * Reads a number written by a person or a spreadsheet; `{ ok: false }` when it is not one. A leading
 * `Rp`/`IDR`, spaces between digit groups and a Unicode minus are allowed.
 */
export function readNumber(input: unknown, opts: ReadOptions = {}): NumberReading {
  if (typeof input === 'number')
    return Number.isFinite(input) ? { ok: true, value: input, ambiguous: false } : { ok: false };
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return { ok: false };
  const text = input.trim().replace(CURRENCY, '').replace(SPACES, '').replace('\u2212', '-');
  if (!SHAPE.test(text)) return { ok: false };
  const sign = text[0] === '-' ? '-' : '';
  const body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return DIGITS.test(body) ? finish(sign, body, '', false) : { ok: false };
  if (lastDot < 0) return oneMark(sign, body, ',', opts);
  if (lastComma < 0) return oneMark(sign, body, '.', opts);
  // Both marks: the last one is the decimal mark, given once; the other groups thousands.
  const decimal = lastDot > lastComma ? '.' : ',';
  const group = decimal === '.' ? ',' : '.';
  if (opts.decimal !== undefined && opts.decimal !== decimal) return { ok: false };
  const [whole = '', fraction = '', ...rest] = body.split(decimal);
  if (rest.length > 0 || !DIGITS.test(fraction)) return { ok: false };
  const groups = whole.split(group);
  return groupsOk(groups) ? finish(sign, groups.join(''), fraction, false) : { ok: false };
}

/**
 * A number the Indonesian way, which readNumber reads back to the same value: `,` marks decimals, and
 * `.` groups thousands only when `group` (amounts); plain numbers are not grouped, so `1500` is never
 * taken for 1.5.
 */
export function formatNumberId(value: number, group: boolean): string {
  const plain = Math.abs(value).toString();
  if (plain.includes('e')) return String(value); // beyond what a person types; shown as JavaScript does
  const [whole = '0', fraction] = plain.split('.');
  const grouped = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

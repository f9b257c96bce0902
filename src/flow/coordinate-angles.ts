// Coordinates written as angles: degrees-minutes-seconds and hemisphere letters, in English (N S E W) and in
// the Indonesian of maps and land certificates (LU/LS lintang utara/selatan, BT/BB bujur timur/barat).

/** What the text says: which number is the latitude is either written (letters) or left to the order. */
export type Found =
  { kind: 'ordered'; first: number; second: number } | { kind: 'fixed'; lat: number; lng: number };

type Axis = 'lat' | 'lng';
interface Angle {
  letter?: { axis: Axis; sign: 1 | -1 };
  sign: string;
  parts: { value: string; unit: string }[];
}

const LETTERS: Readonly<Record<string, { axis: Axis; sign: 1 | -1 }>> = {
  N: { axis: 'lat', sign: 1 },
  LU: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  LS: { axis: 'lat', sign: -1 },
  E: { axis: 'lng', sign: 1 },
  BT: { axis: 'lng', sign: 1 },
  W: { axis: 'lng', sign: -1 },
  BB: { axis: 'lng', sign: -1 },
};
// One token at a time (sticky): a hemisphere letter not followed by another letter, a number with its
// unit, or a separator. Nothing nested or repeated over the same characters: linear on any input.
const TOKEN = /\s*(?:(LU|LS|BT|BB|[NSEW])(?![A-Z])|([+-]?)(\d{1,3}(?!\d)(?:[.,]\d+)?)\s*([°'"]?)|([,;/]))/iy;
const UNITS = ['°', "'", '"'];
const ANGLE_MARK = /[°'"]|(?:^|[\d\s.,;/])(?:LU|LS|BT|BB|[NSEW])(?![A-Z])/i;

/** True when the text has a degree, minute or second mark or a hemisphere letter: this reader's forms. */
export function looksLikeAngles(text: string): boolean {
  return ANGLE_MARK.test(text);
}

function value(angle: Angle): number | null {
  let total = 0;
  for (const [i, p] of angle.parts.entries()) {
    const n = Number(p.value.replace(',', '.'));
    // only the last part may have decimals; minutes and seconds count up to 59
    if (i < angle.parts.length - 1 && !Number.isInteger(n)) return null;
    if (i > 0 && n >= 60) return null;
    total += n / 60 ** i;
  }
  return angle.sign === '-' ? -total : total;
}

function tokenize(text: string): Angle[] | null {
  const angles: Angle[] = [];
  let open = null as Angle | null; // the angle a minute or second, or a letter after it, still belongs to
  let prefix: Angle['letter'];
  let afterSeparator = true; // at the start as after a separator: no separator may come next
  TOKEN.lastIndex = 0;
  for (;;) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(at).trim() !== '') return null;
      break;
    }
    const [, letter, sign = '', digits, unit = '', sep] = m;
    if (sep !== undefined) {
      if (afterSeparator || prefix) return null;
      afterSeparator = true;
      open = null;
      continue;
    }
    afterSeparator = false;
    if (letter !== undefined) {
      const said = LETTERS[letter.toUpperCase()];
      if (!said || prefix) return null;
      if (open && !open.letter) open.letter = said;
      else prefix = said;
      open = null;
      continue;
    }
    const last = open?.parts.at(-1);
    const next = last ? UNITS.indexOf(last.unit) + 1 : 0;
    if (open && next > 0 && unit === UNITS[next] && sign === '') {
      open.parts.push({ value: digits ?? '', unit });
      continue;
    }
    if (unit !== '' && unit !== '°') return null; // minutes or seconds without degrees
    open = { sign, parts: [{ value: digits ?? '', unit }], ...(prefix ? { letter: prefix } : {}) };
    prefix = undefined;
    angles.push(open);
  }
  return prefix || afterSeparator ? null : angles;
}

/** Reads two angles; null when the text is not two of them written as above. */
export function readAngles(text: string): Found | null {
  const angles = tokenize(text);
  if (!angles || angles.length !== 2) return null;
  const [a, b] = angles as [Angle, Angle];
  const first = value(a);
  const second = value(b);
  if (first === null || second === null) return null;
  if (!a.letter && !b.letter) return { kind: 'ordered', first, second };
  // letters on both or neither; a letter and a sign together contradict each other
  if (!a.letter || !b.letter || a.sign !== '' || b.sign !== '') return null;
  if (a.letter.axis === b.letter.axis) return null;
  const [lat, lng] =
    a.letter.axis === 'lat'
      ? [first * a.letter.sign, second * b.letter.sign]
      : [second * b.letter.sign, first * a.letter.sign];
  return { kind: 'fixed', lat, lng };
}

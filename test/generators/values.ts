// Field values for generated POST /task bodies: valid ones per field kind, and the hostile ones issue 4
// lists (wrong types, numbers as strings, NaN/Infinity, impossible dates, out-of-range coordinates,
// options not in the list, too many choices, huge and unicode strings, deep nesting).
import fc from 'fast-check';
import type { FieldSpec } from '../../src/flow/types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Infinity travels as 1e999 (JSON.parse reads it back as Infinity); NaN has no JSON form at all. */
export const NAN = Symbol('NaN');

export const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'; DROP TABLE tasks; --",
      '\u0000\u0001\u001f',
      '\u202e\u200b\ufeff',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚚📦 تسليم 東京',
      '__proto__',
      'constructor',
      ' ',
    ),
  },
  // huge: rare, they cost time on every layer
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'é'.repeat(n)) },
);

const day = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2199-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const hms = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

export const validDate = day.map(ymd);
export const validTime = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 59 })),
  )
  .map(([h, m, s]) => `${pad(h)}:${pad(m)}${s === null ? '' : `:${pad(s)}`}`);
/** Every MileApp datetime form (mileapp-api.md §1.3). */
export const validDatetime = fc
  .tuple(day, fc.integer({ min: 0, max: 5 }), fc.constantFrom('Z', '+00:00', '+07:00', '-05:30', '+0700'))
  .map(([d, form, offset]) => {
    const base = `${ymd(d)}T${hms(d)}`;
    return [
      `${ymd(d)} ${hms(d)}`,
      base,
      `${base}${offset}`,
      `${base}.000${offset}`,
      `${base}.123456Z`,
      `${base}Z`,
    ][form]!;
  });
export const impossibleDatetime = fc.constantFrom(
  '2023-02-30 10:00:00',
  '2023-02-29T10:00:00',
  '2023-13-01T00:00:00Z',
  '2023-00-10 00:00:00',
  '2023-04-31T12:00:00+07:00',
  '2023-10-16 24:00:00',
  '2023-10-16T23:60:00',
  '2023-10-16T10:00:61Z',
  '2023-10-16T10:00:00+24:00',
  '16-10-2023 10:00',
  '2023-10-16',
  '',
);
export const impossibleDate = fc.constantFrom(
  '2023-02-30',
  '2023-02-29',
  '2100-02-29',
  '2023-13-01',
  '2023-1-5',
  '0000-00-00',
  '2023-10-16T00:00:00',
);
export const impossibleTime = fc.constantFrom(
  '24:61',
  '24:00',
  '12:60',
  '12:30:60',
  '7:05',
  '0730',
  '12:30:00.5',
  '-01:00',
);

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lng = fc.double({ min: -180, max: 180, noNaN: true });
const fixed = (n: number, digits: number) => {
  const s = n.toFixed(digits);
  return s === '-0' || /^-0\.0*$/.test(s) ? s.slice(1) : s;
};
export const validCoordinates = fc
  .tuple(lat, lng, fc.integer({ min: 0, max: 9 }))
  .map(([a, b, digits]) => `${fixed(a, digits)},${fixed(b, digits)}`);
export const badCoordinates = fc.oneof(
  fc
    .tuple(fc.double({ min: 90.0001, max: 1e6, noNaN: true }), lng)
    .map(([a, b]) => `${fixed(a, 4)},${fixed(b, 4)}`),
  fc
    .tuple(lat, fc.double({ min: 180.0001, max: 1e6, noNaN: true }))
    .map(([a, b]) => `${fixed(a, 4)},-${fixed(b, 4)}`),
  fc.constantFrom(
    '-6.2, 106.8',
    '-6.2 106.8',
    '-6.2;106.8',
    '+6.2,106.8',
    'NaN,NaN',
    'Infinity,0',
    '1e1,2',
    '-6.2,',
    ',',
  ),
  fc.tuple(lat, lng).map(([a, b]) => [a, b]),
  fc.tuple(lat, lng).map(([a, b]) => ({ lat: a, lng: b })),
);

const numericString = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n)),
  fc.constantFrom(' 12.5 ', '+3', '.5', '5.', '1e3', '-0'),
);
export const validPhone = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.constantFrom('0', '1', '2', '8', '9'), { minLength: 6, maxLength: 20 }),
    fc.boolean(),
  )
  .map(([plus, digits, spaced]) => (plus ? '+' : '') + (spaced ? digits.join(' ') : digits.join('')));

/** A JSON value nested `depth` levels deep: arrays or objects. */
export const nested = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

export const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constantFrom(Infinity, -Infinity, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
  nested,
);

function choices(f: FieldSpec): fc.Arbitrary<unknown> {
  const options = f.options ?? [];
  if (!f.multiple) return options.length > 0 ? fc.constantFrom(...options) : fc.constant('x');
  const min = Math.max(f.min ?? 0, 1);
  const max = Math.min(f.max ?? options.length, options.length);
  return fc.shuffledSubarray(options, { minLength: Math.min(min, max), maxLength: max });
}

/** A value `validateFields` should accept for this field (a rule may still hide it). */
export function validValue(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'text':
    case 'address':
      return hostileString.filter((s) => s.trim() !== '');
    case 'number':
    case 'currency':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), numericString);
    case 'phone':
      return validPhone;
    case 'url':
      return fc.webUrl({ validSchemes: ['http', 'https'] });
    case 'date':
      return validDate;
    case 'datetime':
      return validDatetime;
    case 'time':
      return validTime;
    case 'geolocation':
      return validCoordinates;
    case 'select':
      return choices(f);
    default:
      // view, photo, signature …: filled on the phone; the server stores whatever is sent.
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.webUrl(), { maxLength: 2 }));
  }
}

/** A value that is wrong for this field in one of the ways issue 4 lists (or happens to be fine). */
export function hostileValue(f: FieldSpec): fc.Arbitrary<unknown> {
  const options = f.options ?? [];
  const byKind: fc.Arbitrary<unknown>[] = [wrongType, hostileString];
  if (f.kind === 'number' || f.kind === 'currency')
    byKind.push(
      fc.constantFrom(NAN, Infinity, -Infinity, '12,5', '1 000', '0x10', 'NaN', 'Infinity', '', ' '),
    );
  if (f.kind === 'date') byKind.push(impossibleDate);
  if (f.kind === 'datetime') byKind.push(impossibleDatetime);
  if (f.kind === 'time') byKind.push(impossibleTime);
  if (f.kind === 'geolocation') byKind.push(badCoordinates);
  if (f.kind === 'phone')
    byKind.push(fc.constantFrom('12345', '+62 (21) 555-0100', '0812-3456-7890-1234-5678-9', 'abc123456'));
  if (f.kind === 'url')
    byKind.push(
      fc.constantFrom('javascript:alert(1)', 'ftp://x.org', 'http://', 'www.example.com', 'http://a b.com'),
    );
  if (f.kind === 'select') {
    byKind.push(fc.string({ maxLength: 10 }).filter((s) => !options.includes(s)));
    byKind.push(fc.constant(options.map((o) => o.toUpperCase())));
    if (f.multiple) {
      byKind.push(fc.constant([...options])); // too many choices when max < options
      byKind.push(fc.constant(options.slice(0, 1).concat(options.slice(0, 1)))); // the same choice twice
      byKind.push(fc.constant(options[0]));
    } else byKind.push(fc.constant(options.slice(0, 2)));
  }
  return fc.oneof(...byKind);
}

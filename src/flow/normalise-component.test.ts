import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw } from './fixtures';
import { normaliseFlow } from './normalise';

type Json = Record<string, unknown>;
const input = (extra: Json) => ({ component: 'input', id: 'f', title: 'F', ...extra });
const one = (component: unknown) =>
  normaliseFlow({ name: 'T', pages: [{ id: 'page0', components: [component] }] }).fields[0]!;

describe('normaliseFlow: attribute spellings and casing', () => {
  it('takes type|inputType and required|isRequired alike', () => {
    const a = one(input({ type: 'Numeric', required: true }));
    const b = one(input({ inputType: 'Numeric', isRequired: true }));
    expect([a.kind, a.required]).toEqual(['number', true]);
    expect([b.kind, b.required]).toEqual(['number', true]);
    expect(one(input({ type: 'String' })).required).toBe(false);
  });

  it.each([
    ['String', 'text'],
    ['string', 'text'],
    ['text', 'text'],
    ['TEXT', 'text'],
    ['Numeric', 'number'],
    ['number', 'number'],
    ['Currency', 'currency'],
    ['Date', 'date'],
    ['date', 'date'],
    ['Datetime', 'datetime'],
    ['dateTime', 'datetime'],
    ['Time', 'time'],
    ['Address', 'address'],
    ['Geolocation', 'geolocation'],
    ['coordinate', 'geolocation'],
    ['PhoneNumber', 'phone'],
    ['phone', 'phone'],
    ['URL', 'url'],
    ['url', 'url'],
  ])('input type %s → %s, raw type kept', (type, kind) => {
    const f = one(input({ type }));
    expect(f.kind).toBe(kind);
    expect(f.rawType).toBe(type);
  });

  it('reads the published `string` + `format: date-time` as a datetime', () => {
    expect(one(input({ inputType: 'string', format: 'date-time' })).kind).toBe('datetime');
  });

  it('keeps defaults, showAs and falls back to the id for a missing title', () => {
    const f = one({ component: 'input', id: 'qty', type: 'number', default: '1', showAs: 'label' });
    expect(f).toMatchObject({ title: 'qty', defaultValue: '1', showAs: 'label', visible: true });
  });

  it('reads visible:false and units only when useUnit is not false', () => {
    expect(one(input({ type: 'String', visible: false })).visible).toBe(false);
    expect(one(input({ type: 'Numeric', useUnit: true, units: ['KG', 'G'] })).units).toEqual(['KG', 'G']);
    expect(one(input({ type: 'Numeric', useUnit: false, units: ['KG'] })).units).toBeUndefined();
  });
});

describe('normaliseFlow: selects', () => {
  const select = (extra: Json) =>
    one({ component: 'select', id: 's', options: ['a', 'b', 'c', 'd'], ...extra });

  it('reads min/max given as strings', () => {
    expect(select({ min: '1', max: '3' })).toMatchObject({ min: 1, max: 3, multiple: true, required: true });
  });

  it.each([
    [{ type: 'dropdown', max: 1 }, false],
    [{ type: 'dropdown', max: 2 }, true],
    [{ type: 'checkbox' }, true],
    [{ type: 'Checkbox', max: '1' }, false],
    [{ type: 'button', max: 1 }, false],
    [{ type: 'button', max: 4 }, true],
    [{}, false],
  ])('%j → multiple %s', (extra, multiple) => {
    expect(select(extra).multiple).toBe(multiple);
  });

  it('min > 0 makes a select required; min 0 does not', () => {
    expect(select({ min: 1, max: 1 }).required).toBe(true);
    expect(select({ min: 0, max: 1 }).required).toBe(false);
  });

  it('keeps valid onSelect rules (any action casing) and drops broken ones', () => {
    const f = select({
      onSelect: [
        { options: ['a'], action: 'Show', componentAffected: ['x'] },
        { options: ['b'], action: 'explode', componentAffected: ['x'] },
        { options: ['c'], action: 'hide' },
        'nonsense',
        { options: 'd', action: 'fill', componentAffected: 'y' },
      ],
    });
    expect(f.onSelect).toEqual([
      { options: ['a'], action: 'show', componentAffected: ['x'] },
      { options: ['d'], action: 'fill', componentAffected: ['y'] },
    ]);
  });
});

describe('normaliseFlow: odd components never break the flow', () => {
  it.each(['photo', 'signature', 'bill', 'list', 'timer', 'voice', 'capture', 'subpage'])(
    '%s → mobile',
    (c) => {
      expect(one({ component: c, id: 'm' }).kind).toBe('mobile');
    },
  );

  it('a view keeps its value', () => {
    expect(one({ component: 'view', id: 'v', type: 'String', value: '$other' })).toMatchObject({
      kind: 'view',
      value: '$other',
    });
  });

  it('unknown components, unknown input types, missing ids and non-objects → unsupported; the rest still works', () => {
    const flow = normaliseFlow({
      name: 'Odd',
      pages: [
        {
          components: [
            { component: 'hologram', id: 'h' },
            input({ id: 'b', type: 'Barcode' }),
            { component: 'input', type: 'String' },
            null,
            'text',
            42,
            { component: 'input', id: '__proto__', type: 'String' },
            input({ id: 'dup', type: 'String' }),
            input({ id: 'dup', type: 'Numeric' }),
            input({ id: 'ok', type: 'String', required: true }),
          ],
        },
      ],
    });
    expect(flow.fields.map((f) => f.kind)).toEqual([
      'unsupported',
      'unsupported',
      'unsupported',
      'unsupported',
      'unsupported',
      'unsupported',
      'unsupported',
      'text',
      'unsupported',
      'text',
    ]);
    expect(flow.fields[1]!.rawType).toBe('Barcode');
    expect(flow.fields.at(-1)).toMatchObject({ id: 'ok', required: true });
  });
});

describe('normaliseFlow: pages and configurations', () => {
  it('takes only the Initial Page', () => {
    const flow = normaliseFlow(deliveryFlowRaw);
    expect(flow.fields.map((f) => f.id)).not.toContain('actualWeight');
    expect(flow._id).toBe(deliveryFlowRaw._id);
  });

  it('a page0 with enabled:false, or no pages at all, gives no fields', () => {
    expect(
      normaliseFlow({ ...deliveryFlowRaw, pages: [{ ...deliveryFlowRaw.pages[0], enabled: false }] }).fields,
    ).toEqual([]);
    expect(normaliseFlow({ name: 'Bare' }).fields).toEqual([]);
  });

  it('reads the start/end adjustments (numbers or strings), defaulting to 0 h and 24 h', () => {
    expect(normaliseFlow(deliveryFlowRaw)).toMatchObject({ startAdjustmentHours: 1, endAdjustmentHours: 48 });
    expect(normaliseFlow({ name: 'Bare' })).toMatchObject({
      startAdjustmentHours: 0,
      endAdjustmentHours: 24,
    });
    const odd = normaliseFlow({ name: 'x', configurations: [{ id: 'endTime', adjustment: 'soon' }] });
    expect(odd.endAdjustmentHours).toBe(24);
  });

  it.each([null, undefined, [], 'Delivery', 7, {}, { name: '' }, { name: 3 }])(
    'throws a clear error for %j',
    (raw) => {
      expect(() => normaliseFlow(raw)).toThrow(/Not a MileApp flow/);
    },
  );
});

describe('normaliseFlow: a location found from an address', () => {
  it('keeps geocodeAs only when useGeocode is on', () => {
    expect(one(input({ type: 'Geolocation', useGeocode: true, geocodeAs: 'addr' })).geocodeAs).toBe('addr');
    expect(one(input({ type: 'Geolocation', useGeocode: 'true', geocodeAs: 'addr' })).geocodeAs).toBe('addr');
    expect(
      one(input({ type: 'Geolocation', useGeocode: false, geocodeAs: 'addr' })).geocodeAs,
    ).toBeUndefined();
    expect(one(input({ type: 'String', useGeocode: true, geocodeAs: 'addr' })).geocodeAs).toBeUndefined();
  });
});

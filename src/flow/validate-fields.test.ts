import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw, validDeliveryBody } from './fixtures';
import { normaliseFlow } from './normalise';
import type { FieldValues } from './types';
import { validateFields } from './validate';

const delivery = normaliseFlow(deliveryFlowRaw);
const valid: FieldValues = { ...validDeliveryBody };
const check = (patch: FieldValues) => validateFields(delivery, { ...valid, ...patch });
const codes = (patch: FieldValues) => check(patch).map((e) => [e.field, e.code, e.key]);

describe('validateFields: the fixture body is valid', () => {
  it('passes', () => {
    expect(validateFields(delivery, valid)).toEqual([]);
  });
});

describe('required', () => {
  it.each([undefined, null, '', '   ', []])('a required text given as %j is missing', (v) => {
    expect(codes({ customerName: v })).toEqual([['customerName', 'task-001', 'required']]);
  });

  it('carries the title for the message', () => {
    expect(check({ customerName: '' })[0]?.params).toEqual({ title: 'Customer name' });
  });

  it('a visible:false component is never required', () => {
    expect(valid.source).toBeUndefined();
    expect(check({})).toEqual([]);
  });

  it('a component hidden by a rule is neither required nor validated', () => {
    // Success hides failReason (a fill target), which is required when shown
    expect(check({ deliveryStatus: 'Success', failReason: 42 })).toEqual([]);
  });

  it('a component shown by fill is required; one shown read-only by show is not', () => {
    expect(codes({ deliveryStatus: 'Failed', receiverName: undefined })).toEqual([
      ['failReason', 'task-001', 'required'],
    ]);
    expect(codes({ deliveryStatus: 'Failed', failReason: 'Closed' })).toEqual([]);
    expect(codes({ deliveryNote: '' })).toEqual([]);
  });

  it('a select with min > 0 is required', () => {
    expect(codes({ services: [] })).toEqual([['services', 'task-001', 'required']]);
  });
});

describe('formats', () => {
  it.each([
    ['customerName', 42, 'task-003', 'text'],
    ['address', ['a'], 'task-003', 'text'],
    ['phone', '12345', 'task-006', 'phone'],
    ['phone', '123456789012345678901', 'task-006', 'phone'],
    ['phone', '+62 (811) 6313', 'task-006', 'phone'],
    ['phone', 81163137712, 'task-006', 'phone'],
    ['website', 'example.com', 'task-007', 'url'],
    ['website', 'ftp://example.com/file', 'task-007', 'url'],
    ['website', 'javascript:alert(1)', 'task-007', 'url'],
    ['website', 'https://exa mple.com', 'task-007', 'url'],
    ['deliveryDate', '2023-02-30', 'task-008', 'date'],
    ['deliveryDate', '16/10/2023', 'task-008', 'date'],
    ['pickupAt', '2023-02-30 10:00:00', 'task-008', 'datetime'],
    ['pickupAt', '2023-10-16 24:00:00', 'task-008', 'datetime'],
    ['openTime', '24:61', 'task-018', 'time'],
    ['openTime', '8:30', 'task-018', 'time'],
    ['dropPoint', '91,106.8', 'task-012', 'coordinates'],
    ['dropPoint', '-6.2,181', 'task-012', 'coordinates'],
    ['dropPoint', '-6.2, 106.8', 'task-012', 'coordinates'],
    ['dropPoint', { lat: -6.2, lng: 106.8 }, 'task-012', 'coordinates'],
    ['deliveryStatus', 'Lost', 'task-017', 'option'],
    ['deliveryStatus', ['Success'], 'task-017', 'option'],
  ])('%s = %j → %s %s', (field, value, code, key) => {
    expect(codes({ [field]: value })).toEqual([[field, code, key]]);
  });

  it.each([
    ['phone', '081163137712'],
    ['phone', '+62 811-6313-7712'],
    ['website', 'http://localhost:8080/a?b=c'],
    ['deliveryDate', '2024-02-29'],
    ['pickupAt', '2023-10-16T09:30:00+07:00'],
    ['pickupAt', '2023-10-16T09:30:00.000+07:00'],
    ['pickupAt', '2023-10-16T09:30:00'],
    ['openTime', '23:59:59'],
    ['dropPoint', '-90,180'],
  ])('%s = %j passes', (field, value) => {
    expect(check({ [field]: value })).toEqual([]);
  });
});

describe('numbers and currency', () => {
  it.each([12.5, 0, -3, '12.5', ' 7 ', '-3', '1e3', '.5'])('%j is a number', (v) => {
    expect(check({ weight: v })).toEqual([]);
  });
  it.each([0, 150000, '150000', ' 7 ', '1e3'])('%j is an amount', (v) => {
    expect(check({ codAmount: v })).toEqual([]);
  });
  it.each([NaN, Infinity, -Infinity, 'abc', '12,5', '1e999', true, {}, ['1']])('%j is not', (v) => {
    expect(codes({ weight: v })).toEqual([['weight', 'task-009', 'number']]);
    expect(codes({ codAmount: v })).toEqual([['codAmount', 'task-009', 'amount']]);
  });
  it('an amount is never negative, and rupiah have no fractions unless the flow allows decimals', () => {
    expect(codes({ codAmount: -5000 })).toEqual([['codAmount', 'task-009', 'negative']]);
    expect(codes({ codAmount: 12.5 })).toEqual([['codAmount', 'task-009', 'wholeAmount']]);
    expect(codes({ codAmount: '0.5' })).toEqual([['codAmount', 'task-009', 'wholeAmount']]);
    const cents = normaliseFlow({
      name: 'Cents',
      pages: [{ components: [{ component: 'input', id: 'fee', type: 'Currency', decimals: '2' }] }],
    });
    expect(validateFields(cents, { fee: 12.25 })).toEqual([]);
    expect(validateFields(cents, { fee: 12.255 })).toEqual([
      { field: 'fee', code: 'task-009', key: 'fraction', params: { title: 'fee', decimals: 2 } },
    ]);
  });
  it("a number keeps to the flow's min and max (given as numbers or strings)", () => {
    const ranged = normaliseFlow({
      name: 'Ranged',
      pages: [{ components: [{ component: 'input', id: 'n', type: 'Numeric', min: '-10', max: 2.5 }] }],
    });
    expect(validateFields(ranged, { n: -10 })).toEqual([]);
    expect(validateFields(ranged, { n: '2.5' })).toEqual([]);
    expect(validateFields(ranged, { n: -10.5 })).toEqual([
      { field: 'n', code: 'task-009', key: 'belowMin', params: { title: 'n', min: -10 } },
    ]);
    expect(validateFields(ranged, { n: 3 })).toEqual([
      { field: 'n', code: 'task-009', key: 'aboveMax', params: { title: 'n', max: 2.5 } },
    ]);
  });
});

describe('units', () => {
  it('a value needs a unit from the list', () => {
    expect(codes({ weight_unit: undefined })).toEqual([['weight_unit', 'task-001', 'unitRequired']]);
    expect(codes({ weight_unit: 'LB' })).toEqual([['weight_unit', 'task-017', 'unit']]);
    expect(codes({ weight_unit: 'G' })).toEqual([]);
  });
});

describe('multi-select (min 1, max 3)', () => {
  it.each([
    ['Fragile', 'task-011', 'array'],
    [['Fragile', 'Nope'], 'task-017', 'option'],
    [['Fragile', 'Fragile'], 'task-017', 'option'],
    [['Fragile', 3], 'task-017', 'option'],
    [['Fragile', 'Insurance', 'Express', 'Weekend'], 'task-017', 'maxChoices'],
  ])('%j → %s %s', (services, code, key) => {
    expect(codes({ services })).toEqual([['services', code, key]]);
  });
  it('between min and max passes', () => {
    expect(check({ services: ['Weekend'] })).toEqual([]);
    expect(check({ services: ['Fragile', 'Insurance', 'Express'] })).toEqual([]);
  });
  it('too few choices', () => {
    const flow = normaliseFlow({
      name: 'Min',
      pages: [{ components: [{ component: 'select', id: 's', options: ['a', 'b', 'c'], min: 2, max: 3 }] }],
    });
    expect(validateFields(flow, { s: ['a'] })).toEqual([
      { field: 's', code: 'task-017', key: 'minChoices', params: { title: 's', min: 2 } },
    ]);
    expect(validateFields(flow, { s: ['a', 'c'] })).toEqual([]);
  });
});

describe('components without a value', () => {
  it('views, mobile-only and unsupported components are not validated', () => {
    expect(check({ summary: 42, proofPhoto: { any: 'thing' }, receiverSignature: null })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw } from './fixtures';
import { normaliseFlow } from './normalise';
import { buildTaskBody, forEachStoredValue, initialValues } from './payload';
import { validateTaskBody } from './validate';

const delivery = normaliseFlow(deliveryFlowRaw);
const HUB = '634e98498ce07d29474a7e29';

describe('initialValues', () => {
  it('prefills defaults, multi-selects as arrays, units with the first unit, only value components', () => {
    expect(initialValues(delivery)).toEqual({
      customerName: '',
      address: '',
      phone: '',
      website: '',
      weight: '',
      weight_unit: 'KG',
      codAmount: '',
      deliveryDate: '2023-10-16',
      pickupAt: '',
      openTime: '',
      dropPoint: '',
      services: [],
      deliveryStatus: 'Success',
      failReason: '',
      receiverName: '',
      deliveryNote: 'Leave at the door',
      source: 'composer',
    });
  });

  it('turns a multi-select string default and a number default into form values', () => {
    const flow = normaliseFlow({
      name: 'D',
      pages: [
        {
          components: [
            { component: 'select', id: 's', options: ['a', 'b'], max: 2, default: 'a' },
            { component: 'input', id: 'n', type: 'Numeric', default: 3 },
          ],
        },
      ],
    });
    expect(initialValues(flow)).toEqual({ s: ['a'], n: '3' });
  });
});

describe('buildTaskBody', () => {
  const form = {
    ...initialValues(delivery),
    customerName: 'Jack Ward',
    address: 'Gambir',
    weight: '12.5',
    weight_unit: 'G',
    codAmount: '150000',
    services: ['Fragile', 'Express'],
    dropPoint: '-6.2,106.8',
    receiverName: 'Ana',
    failReason: 'left over from a previous choice',
  };

  it('sends the fixed keys, typed values, units and defaults; skips empty, hidden and display-only', () => {
    const body = buildTaskBody(delivery, form, {
      hubId: HUB,
      assignee: ['leandro@mile.app'],
      startTime: '2023-10-16T08:00:00+07:00',
      endTime: '2023-10-17T08:00:00+07:00',
    });
    expect(body).toEqual({
      flow: 'Delivery',
      hubId: HUB,
      customerName: 'Jack Ward',
      address: 'Gambir',
      weight: 12.5,
      weight_unit: 'G',
      codAmount: 150000,
      deliveryDate: '2023-10-16',
      dropPoint: '-6.2,106.8',
      services: ['Fragile', 'Express'],
      deliveryStatus: 'Success',
      receiverName: 'Ana',
      deliveryNote: 'Leave at the door',
      source: 'composer',
      assignee: ['leandro@mile.app'],
      startTime: '2023-10-16T08:00:00+07:00',
      endTime: '2023-10-17T08:00:00+07:00',
    });
  });

  it('follows the rules: Failed sends the reason and drops the hidden receiver', () => {
    const body = buildTaskBody(delivery, { ...form, deliveryStatus: 'Failed' }, { hubId: HUB });
    expect(body.failReason).toBe('left over from a previous choice');
    expect('receiverName' in body).toBe(false);
    expect('deliveryNote' in body).toBe(false);
  });

  it('leaves out an empty assignee list and absent times, keeps refId', () => {
    const body = buildTaskBody(delivery, form, { hubId: HUB, assignee: [], refId: 'r-1' });
    expect(Object.keys(body)).not.toContain('assignee');
    expect(Object.keys(body)).not.toContain('startTime');
    expect(body.refId).toBe('r-1');
  });

  it('a visible:false field sends its default even when the form lost it', () => {
    expect(buildTaskBody(delivery, { ...form, source: undefined }, { hubId: HUB }).source).toBe('composer');
  });

  it('builds what the validator accepts', () => {
    const body = buildTaskBody(delivery, form, { hubId: HUB });
    const ctx = { findFlow: () => delivery, hubExists: () => true, isAssignable: () => true };
    expect(validateTaskBody(body, ctx)).toEqual([]);
  });
});

describe('forEachStoredValue', () => {
  it('keeps values as sent, drops rule-hidden ones, fills visible:false defaults, leaves fixed keys out', () => {
    const body = {
      flow: 'Delivery',
      hubId: HUB,
      customerName: 'Jack',
      weight: '12.5',
      weight_unit: 'KG',
      deliveryStatus: 'Success',
      failReason: 'hidden by Success',
      proofPhoto: ['https://x/1.jpg'],
      phone: '',
    };
    const stored: [string, unknown][] = [];
    forEachStoredValue(delivery, body, (key, value) => stored.push([key, value]));
    // a visible field's default (deliveryDate) is the form's job; each value once, in the flow's order
    expect(stored).toEqual([
      ['customerName', 'Jack'],
      ['weight', '12.5'],
      ['weight_unit', 'KG'],
      ['deliveryStatus', 'Success'],
      ['source', 'composer'],
      ['proofPhoto', ['https://x/1.jpg']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw, validDeliveryBody } from './fixtures';
import { messageEn, toErrorEnvelope } from './messages';
import { normaliseFlow } from './normalise';
import type { FieldError, MessageKey } from './types';
import { validateTaskBody } from './validate';

const delivery = normaliseFlow(deliveryFlowRaw);
const err = (field: string, key: MessageKey, params?: FieldError['params']): FieldError => ({
  field,
  key,
  code: 'task-003',
  ...(params ? { params } : {}),
});

describe('messageEn', () => {
  it('uses the component title given in params', () => {
    expect(messageEn(err('customerName', 'required', { title: 'Customer name' }))).toBe(
      'The Customer name field is required.',
    );
    expect(messageEn(err('weight', 'number', { title: 'Weight' }))).toBe('The Weight must be a number.');
  });

  it('finds the title in the flow, also for `<id>_unit`', () => {
    expect(messageEn(err('customerName', 'required'), delivery)).toBe('The Customer name field is required.');
    expect(messageEn(err('weight_unit', 'unit'), delivery)).toBe('The selected Weight unit is invalid.');
  });

  it('names fixed keys and other keys readably', () => {
    expect(messageEn(err('hubId', 'required'))).toBe('The hub id field is required.');
    expect(messageEn(err('startTime', 'datetime'))).toMatch(/^The start time is not a valid date and time/);
    expect(messageEn(err('some_field', 'required'))).toBe('The some field field is required.');
  });

  it('interpolates counts with the right plural', () => {
    expect(messageEn(err('s', 'maxChoices', { title: 'Services', max: 3 }))).toBe(
      'The Services must not have more than 3 items.',
    );
    expect(messageEn(err('s', 'minChoices', { title: 'Services', min: 1 }))).toBe(
      'The Services must have at least 1 item.',
    );
  });

  it('quotes the key of unknown and reserved fields verbatim', () => {
    expect(messageEn(err('custmerName', 'unknownField', { flow: 'Delivery' }))).toBe(
      'The field "custmerName" is not a component of the flow "Delivery".',
    );
    expect(messageEn(err('__proto__', 'unknownField'))).toBe(
      'The field "__proto__" is not a component of the flow.',
    );
    expect(messageEn(err('status', 'reservedKey'))).toBe(
      'The field "status" is a reserved key and cannot be set.',
    );
  });

  it('has a message for every key the validator produces', () => {
    const keys: MessageKey[] = [
      'required',
      'text',
      'number',
      'unit',
      'unitRequired',
      'phone',
      'url',
      'date',
      'datetime',
      'time',
      'coordinates',
      'option',
      'minChoices',
      'maxChoices',
      'array',
      'email',
      'assigneeNotInHub',
      'endBeforeStart',
      'unknownFlow',
      'unknownHub',
      'unknownField',
      'reservedKey',
      'notAnObject',
    ];
    for (const key of keys) expect(messageEn(err('f', key, { title: 'F' }))).toMatch(/^The .+\.$/);
  });
});

describe('toErrorEnvelope', () => {
  const ctx = {
    findFlow: (n: string) => (n === 'Delivery' ? delivery : undefined),
    hubExists: () => true,
    isAssignable: () => true,
  };

  it('one error: its message and code, errors by field', () => {
    const errors = validateTaskBody({ ...validDeliveryBody, flow: undefined }, ctx);
    expect(toErrorEnvelope(errors, delivery)).toEqual({
      status: false,
      message: 'The flow field is required.',
      failedCode: 'task-001',
      errors: { flow: ['The flow field is required.'] },
    });
  });

  it('several: "(and N more errors)" as Laravel, messages grouped by field', () => {
    const errors = validateTaskBody(
      { ...validDeliveryBody, weight: 'heavy', assignee: ['a', 'b'], custmerName: 'x' },
      ctx,
    );
    const env = toErrorEnvelope(errors, delivery);
    expect(env.message).toBe('The Weight must be a number. (and 3 more errors)');
    expect(env.failedCode).toBe('task-009');
    expect(env.errors.assignee).toEqual([
      'The assignee must be a valid email address.',
      'The assignee must be a valid email address.',
    ]);
    expect(Object.keys(env.errors)).toEqual(['weight', 'assignee', 'custmerName']);
  });

  it('"(and 1 more error)" in the singular', () => {
    const env = toErrorEnvelope([err('a', 'required'), err('b', 'required')]);
    expect(env.message).toBe('The a field is required. (and 1 more error)');
  });

  it('lists at most `maxListed` errors and still counts them all in the message', () => {
    const env = toErrorEnvelope(
      [err('a', 'required'), err('b', 'required'), err('c', 'required')],
      undefined,
      2,
    );
    expect(Object.keys(env.errors)).toEqual(['a', 'b']);
    expect(env.message).toBe('The a field is required. (and 2 more errors)');
  });

  it('a `__proto__` field is an ordinary entry that serialises', () => {
    const env = toErrorEnvelope([err('__proto__', 'unknownField')]);
    expect(JSON.parse(JSON.stringify(env)).errors).toEqual(
      JSON.parse('{"__proto__":["The field \\"__proto__\\" is not a component of the flow."]}'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw } from './fixtures';
import { normaliseFlow } from './normalise';
import { evaluateRules } from './rules';
import type { FieldSpec, OnSelectRule } from './types';

const delivery = normaliseFlow(deliveryFlowRaw);

function select(id: string, onSelect: OnSelectRule[], extra: Partial<FieldSpec> = {}): FieldSpec {
  return {
    id,
    title: id,
    kind: 'select',
    component: 'select',
    rawType: 'dropdown',
    required: false,
    visible: true,
    defaultValue: null,
    options: ['yes', 'no', 'go', 'stop'],
    min: 0,
    max: 1,
    multiple: false,
    onSelect,
    ...extra,
  };
}
const text = (id: string): FieldSpec => ({
  id,
  title: id,
  kind: 'text',
  component: 'input',
  rawType: 'String',
  required: true,
  visible: true,
  defaultValue: null,
});
const rule = (options: string[], action: OnSelectRule['action'], ...componentAffected: string[]) => ({
  options,
  action,
  componentAffected,
});

describe('evaluateRules on the Delivery fixture', () => {
  it('Success: the fill target stays hidden, the show target is shown read-only', () => {
    const { hidden, readOnly } = evaluateRules(delivery.fields, { deliveryStatus: 'Success' });
    expect([...hidden]).toEqual(['failReason']);
    expect([...readOnly]).toEqual(['deliveryNote']);
  });

  it('Failed: the fill target is shown editable, the hide target and the show target are hidden', () => {
    const { hidden, readOnly } = evaluateRules(delivery.fields, { deliveryStatus: 'Failed' });
    expect([...hidden].sort()).toEqual(['deliveryNote', 'receiverName']);
    expect(readOnly.size).toBe(0);
  });

  it('nothing chosen: show/fill targets are hidden, hide targets visible', () => {
    const { hidden } = evaluateRules(delivery.fields, {});
    expect([...hidden].sort()).toEqual(['deliveryNote', 'failReason']);
  });
});

describe('evaluateRules semantics', () => {
  it('a multi-select value triggers when any chosen option matches', () => {
    const fields = [select('s', [rule(['go'], 'fill', 't')], { multiple: true, max: 3 }), text('t')];
    expect(evaluateRules(fields, { s: ['yes', 'go'] }).hidden.has('t')).toBe(false);
    expect(evaluateRules(fields, { s: ['yes'] }).hidden.has('t')).toBe(true);
  });

  it('a hide rule wins over a show rule chosen at the same time', () => {
    const fields = [
      select('s', [rule(['yes'], 'show', 't'), rule(['no'], 'hide', 't')], { multiple: true }),
      text('t'),
    ];
    expect(evaluateRules(fields, { s: ['yes', 'no'] }).hidden.has('t')).toBe(true);
    expect(evaluateRules(fields, { s: ['yes'] }).hidden.has('t')).toBe(false);
  });

  it('fill wins over show: the component is editable', () => {
    const fields = [select('s', [rule(['yes'], 'show', 't'), rule(['yes'], 'fill', 't')]), text('t')];
    const { hidden, readOnly } = evaluateRules(fields, { s: 'yes' });
    expect(hidden.has('t') || readOnly.has('t')).toBe(false);
  });

  it('cascades: a select hidden by another contributes no rules', () => {
    const fields = [
      select('a', [rule(['yes'], 'fill', 'b')]),
      select('b', [rule(['go'], 'fill', 'c'), rule(['stop'], 'hide', 'd')]),
      text('c'),
      text('d'),
    ];
    expect([...evaluateRules(fields, { a: 'yes', b: 'go' }).hidden]).toEqual([]);
    // b keeps a stale value while a hides it: neither its fill nor its hide may apply
    expect([...evaluateRules(fields, { a: 'no', b: 'go' }).hidden].sort()).toEqual(['b', 'c']);
    expect([...evaluateRules(fields, { a: 'no', b: 'stop' }).hidden].sort()).toEqual(['b', 'c']);
    expect([...evaluateRules(fields, { a: 'yes', b: 'stop' }).hidden].sort()).toEqual(['c', 'd']);
  });

  it('cascades in either field order', () => {
    const fields = [
      text('c'),
      select('b', [rule(['go'], 'fill', 'c')]),
      select('a', [rule(['yes'], 'fill', 'b')]),
    ];
    expect(evaluateRules(fields, { a: 'yes', b: 'go' }).hidden.size).toBe(0);
    expect([...evaluateRules(fields, { a: 'no', b: 'go' }).hidden].sort()).toEqual(['b', 'c']);
  });

  it('a visible:false select acts with its default', () => {
    const fields = [
      select('s', [rule(['go'], 'hide', 't')], { visible: false, defaultValue: 'go' }),
      text('t'),
    ];
    expect(evaluateRules(fields, {}).hidden.has('t')).toBe(true);
    expect(evaluateRules(fields, { s: 'stop' }).hidden.has('t')).toBe(false);
  });

  it('rules that form a cycle still end', () => {
    const fields = [select('a', [rule(['yes'], 'hide', 'b')]), select('b', [rule(['yes'], 'hide', 'a')])];
    const { hidden } = evaluateRules(fields, { a: 'yes', b: 'yes' });
    expect([...hidden].every((id) => id === 'a' || id === 'b')).toBe(true);
  });

  it('only own values count: inherited keys such as constructor are not select values', () => {
    const fields = [select('constructor', [rule(['yes'], 'fill', 't')]), text('t')];
    expect(evaluateRules(fields, {}).hidden.has('t')).toBe(true);
    expect(
      evaluateRules(fields, JSON.parse('{"constructor":"yes"}') as Record<string, unknown>).hidden.has('t'),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ALL_KINDS } from './field-kinds';
import { everyKindFlowRaw } from './fixtures';
import { normaliseFlow } from './normalise';

describe('everyKindFlowRaw', () => {
  it('has a component of every field kind', () => {
    const kinds = new Set(normaliseFlow(everyKindFlowRaw).fields.map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
  });
});

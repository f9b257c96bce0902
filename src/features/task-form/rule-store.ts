// onSelect rules as a tiny external store: they are re-evaluated only when a select changes, and each
// field subscribes to its own state, so a rule firing re-renders just the fields it shows or hides.
import { useSyncExternalStore } from 'react';
import { evaluateRules } from '../../flow/rules';
import type { FieldValues, FlowSpec } from '../../flow/types';

export type RuleState = 'editable' | 'readOnly' | 'hidden';

export interface RuleStore {
  /** re-evaluates with the current values (by component id) */
  update(values: FieldValues): void;
  stateOf(id: string): RuleState;
  subscribe(listener: () => void): () => void;
  /** component ids of the selects whose rules matter: only their changes call update() */
  ruleSources: ReadonlySet<string>;
}

export function createRuleStore(flow: FlowSpec, values: FieldValues): RuleStore {
  const listeners = new Set<() => void>();
  let current = evaluateRules(flow.fields, values);
  const ruleSources = new Set(
    flow.fields.filter((f) => f.kind === 'select' && (f.onSelect?.length ?? 0) > 0).map((f) => f.id),
  );
  return {
    ruleSources,
    update(next) {
      if (ruleSources.size === 0) return;
      current = evaluateRules(flow.fields, next);
      for (const l of listeners) l();
    },
    stateOf(id) {
      if (current.hidden.has(id)) return 'hidden';
      return current.readOnly.has(id) ? 'readOnly' : 'editable';
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The rule state of one component; re-renders only when that state changes. */
export function useRuleState(store: RuleStore, id: string): RuleState {
  return useSyncExternalStore(store.subscribe, () => store.stateOf(id));
}

// onSelect rules as a tiny external store: they are re-evaluated only when a select changes. The field
// list subscribes once and hands each (memoised) field its state, so a rule firing re-renders just the
// fields it shows or hides.
import { evaluateRules } from '../../../flow/rules';
import type { FieldValues, FlowSpec } from '../../../flow/types';

export type RuleState = 'editable' | 'readOnly' | 'hidden';

export interface RuleStore {
  /** re-evaluates with the current values (by component id) */
  update(values: FieldValues): void;
  stateOf(id: string): RuleState;
  subscribe(listener: () => void): () => void;
  /** changes whenever the rules are re-evaluated: the snapshot useSyncExternalStore compares */
  version(): number;
  /** component ids of the selects whose rules matter: only their changes call update() */
  ruleSources: ReadonlySet<string>;
}

export function createRuleStore(flow: FlowSpec, values: FieldValues): RuleStore {
  const listeners = new Set<() => void>();
  let current = evaluateRules(flow.fields, values);
  let version = 0;
  const ruleSources = new Set(
    flow.fields.filter((f) => f.kind === 'select' && (f.onSelect?.length ?? 0) > 0).map((f) => f.id),
  );
  return {
    ruleSources,
    update(next) {
      if (ruleSources.size === 0) return;
      const evaluated = evaluateRules(flow.fields, next);
      if (sameSet(evaluated.hidden, current.hidden) && sameSet(evaluated.readOnly, current.readOnly)) return;
      current = evaluated;
      version++;
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
    version: () => version,
  };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

// onSelect rules (mileapp-api.md §6.3; docs/decisions/004-onselect-semantics.md): which components a
// select's current value shows, hides or opens for editing, including cascades through hidden selects.
import type { FieldSpec, FieldValues, OnSelectRule } from './types';
import { isAbsent, own } from './values';

interface CompiledRule {
  options: ReadonlySet<string>;
  action: OnSelectRule['action'];
  targets: readonly string[];
}

interface RuleIndex {
  selects: { field: FieldSpec; rules: CompiledRule[] }[];
  /** targets of show/fill rules: hidden until a rule shows them */
  conditional: ReadonlySet<string>;
  /** some select is itself a rule target, so one pass may not settle */
  cascades: boolean;
}

const EMPTY: RuleIndex = { selects: [], conditional: new Set(), cascades: false };
// Flows are treated as immutable once normalised, so the index is built once per fields array.
const cache = new WeakMap<readonly FieldSpec[], RuleIndex>();

function indexRules(fields: readonly FieldSpec[]): RuleIndex {
  let idx = cache.get(fields);
  if (idx) return idx;
  const selects: RuleIndex['selects'] = [];
  const conditional = new Set<string>();
  for (const field of fields) {
    if (field.kind !== 'select' || !field.onSelect || field.onSelect.length === 0) continue;
    const rules = field.onSelect.map((r) => ({
      options: new Set(r.options),
      action: r.action,
      targets: r.componentAffected,
    }));
    for (const r of rules) if (r.action !== 'hide') for (const t of r.targets) conditional.add(t);
    selects.push({ field, rules });
  }
  const targets = new Set(selects.flatMap((s) => s.rules.flatMap((r) => r.targets)));
  const cascades = selects.some((s) => targets.has(s.field.id));
  idx = selects.length === 0 ? EMPTY : { selects, conditional, cascades };
  cache.set(fields, idx);
  return idx;
}

function matches(value: unknown, options: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return options.has(value);
  if (Array.isArray(value)) for (const v of value) if (typeof v === 'string' && options.has(v)) return true;
  return false;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Components hidden by onSelect rules, and those shown read-only (`show`; `fill` shows them editable). */
export function evaluateRules(
  fields: FieldSpec[],
  values: FieldValues,
): { hidden: Set<string>; readOnly: Set<string> } {
  const idx = indexRules(fields);
  let hidden = new Set<string>(idx.conditional);
  let readOnly = new Set<string>();
  // Each round settles one more level of a cascade (a select shown by another select); the bound stops
  // a flow whose rules form a cycle from looping.
  for (let round = 0; round <= idx.selects.length; round++) {
    const shownBy = new Map<string, 'show' | 'fill'>();
    const next = new Set<string>();
    for (const { field, rules } of idx.selects) {
      if (hidden.has(field.id)) continue;
      let value = own(values, field.id);
      // A select the flow hides still has its default stored, so its rules act on that default.
      if (!field.visible && isAbsent(value)) value = field.defaultValue;
      for (const rule of rules) {
        if (!matches(value, rule.options)) continue;
        for (const t of rule.targets) {
          if (rule.action === 'hide') next.add(t);
          else if (rule.action === 'fill') shownBy.set(t, 'fill');
          else if (!shownBy.has(t)) shownBy.set(t, 'show');
        }
      }
    }
    for (const t of idx.conditional) if (!shownBy.has(t)) next.add(t);
    readOnly = new Set<string>();
    for (const [t, how] of shownBy) if (how === 'show' && !next.has(t)) readOnly.add(t);
    const settled = !idx.cascades || sameSet(next, hidden);
    hidden = next;
    if (settled) break;
  }
  return { hidden, readOnly };
}

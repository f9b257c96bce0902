import { memo } from 'react';
import type { FieldSpec } from '../../flow/types';
import { useTaskForm } from './form-context';
import { componentFor } from './registry';
import { useRuleState } from './rule-store';

/**
 * One component of the flow. Memoised and subscribed to its own rule state only, so neither typing
 * elsewhere nor a rule for another field re-renders it. Hidden fields are unmounted but keep their value
 * (react-hook-form does not unregister), so showing them again brings back what was typed.
 */
export const FieldRow = memo(function FieldRow({ field }: { field: FieldSpec }) {
  const { model, rules } = useTaskForm();
  const state = useRuleState(rules, field.id);
  if (!field.visible || state === 'hidden') return null;
  const Component = componentFor(field.kind);
  return <Component field={field} name={model.nameOf(field.id) ?? ''} readOnly={state === 'readOnly'} />;
});

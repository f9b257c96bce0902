import { memo } from 'react';
import type { FieldSpec } from '../../flow/types';
import type { FormError } from './error-store';
import { componentFor } from './registry';
import type { RuleState } from './rule-store';

interface Props {
  field: FieldSpec;
  /** react-hook-form name of the field's value */
  name: string;
  state: RuleState;
  error: FormError;
}

/**
 * One component of the flow. Memoised, and given its own rule state and error by the list, so neither
 * typing elsewhere nor a rule or an error of another field re-renders it. Hidden fields are unmounted
 * but keep their value (react-hook-form does not unregister), so showing them again brings back what
 * was typed.
 */
export const FieldRow = memo(function FieldRow({ field, name, state, error }: Props) {
  if (!field.visible || state === 'hidden') return null;
  const Component = componentFor(field.kind);
  return <Component field={field} name={name} readOnly={state === 'readOnly'} error={error} />;
});

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { BULK_POLICY, CREATE_POLICY, OUTBOX_POLICY, type RetryPolicy } from './retry-policy';

/** The policies of the senders that retry on their own: the form's create, the outbox, the import. */
export interface RetryPolicies {
  create: RetryPolicy;
  outbox: RetryPolicy;
  bulk: RetryPolicy;
}

const RetryPolicyContext = createContext<RetryPolicies>({
  create: CREATE_POLICY,
  outbox: OUTBOX_POLICY,
  bulk: BULK_POLICY,
});

/** Other policies for what is below (tests give fast ones); without a provider, the app's own apply. */
export function RetryPolicyProvider({
  policies,
  children,
}: {
  policies: Partial<RetryPolicies>;
  children: ReactNode;
}) {
  const outer = useContext(RetryPolicyContext);
  const { create = outer.create, outbox = outer.outbox, bulk = outer.bulk } = policies;
  const value = useMemo(() => ({ create, outbox, bulk }), [create, outbox, bulk]);
  return <RetryPolicyContext.Provider value={value}>{children}</RetryPolicyContext.Provider>;
}

export function useRetryPolicies(): RetryPolicies {
  return useContext(RetryPolicyContext);
}

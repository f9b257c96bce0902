// The form's create with its real tries but waits of milliseconds, for tests that go through its retries.
import type { ReactNode } from 'react';
import { RetryPolicyProvider } from '../retry-context';
import { CREATE_POLICY, type RetryPolicy } from '../retry-policy';

export const FAST_CREATE: Readonly<RetryPolicy> = Object.freeze({
  ...CREATE_POLICY,
  baseDelayMs: 5,
  maxDelayMs: 20,
});

export function FastRetries({ children }: { children: ReactNode }) {
  return <RetryPolicyProvider policies={{ create: FAST_CREATE }}>{children}</RetryPolicyProvider>;
}

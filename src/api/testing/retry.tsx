// Real tries but waits of milliseconds, for tests that go through the retries of the form or the import.
import type { ReactNode } from 'react';
import { RetryPolicyProvider } from '../retry-context';
import { BULK_POLICY, CREATE_POLICY, type RetryPolicy } from '../retry-policy';

export const FAST_CREATE: Readonly<RetryPolicy> = Object.freeze({
  ...CREATE_POLICY,
  baseDelayMs: 5,
  maxDelayMs: 20,
});

export function FastRetries({ children }: { children: ReactNode }) {
  return <RetryPolicyProvider policies={{ create: FAST_CREATE }}>{children}</RetryPolicyProvider>;
}

/** The import's chunks with their real tries but waits of milliseconds (a Retry-After is still exact). */
export const FAST_BULK: Readonly<RetryPolicy> = Object.freeze({
  ...BULK_POLICY,
  baseDelayMs: 5,
  maxDelayMs: 20,
});

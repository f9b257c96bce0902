export interface RetryPolicy {
  /** tries in all, the first included */
  attempts: number;
  /** wait before the second try; doubled for each further one */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** What a create waits through before the task goes to the outbox: about 1 + 2 + 4 s between four tries. */
export const CREATE_RETRY: Readonly<RetryPolicy> = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

/** The policy the form's create uses; component tests shorten its waits. */
export const createTaskPolicy: RetryPolicy = { ...CREATE_RETRY };

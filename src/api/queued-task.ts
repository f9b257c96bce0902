// The hand-over between the task form and the outbox, defined once in a layer both features import:
// the form hands a task it could not send to the outbox, and the outbox hands a kept task back to the
// form to be opened again (src/app/outbox.tsx composes the two).

/** The form's values as a draft keeps them: by component id in MileApp's formats, and the fixed keys. */
export interface TaskSnapshot {
  values: Record<string, unknown>;
  hubId: string;
  assignee: string[];
  startTime: string;
  endTime: string;
}

/** A task the form could not send now, for the outbox to keep and send. */
export interface QueuedTask {
  /** the idempotency key of this attempt (submit/attempt.ts) */
  key: string;
  flow: string;
  /** what the person recognises it by (its title), may be empty */
  label: string;
  /** the exact POST /task body */
  body: Record<string, unknown>;
  snapshot: TaskSnapshot;
  /** why it could not be sent now: the last error, or none when the browser said it was offline */
  cause?: unknown;
}

// Submitting the form: one idempotency key per task, retries under it (src/api), and when the API
// cannot be reached the task is handed to the outbox before the form lets go of it.
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useCreateTask } from '../../../api/create-task';
import { classify, isFinal } from '../../../api/failure';
import { isOffline, type AttemptInfo } from '../../../api/retry';
import { useRetryPolicies } from '../../../api/retry-context';
import { retries } from '../../../api/retry-policy';
import type { FieldValues } from '../../../flow/types';
import { bodyOf } from '../model/build-body';
import type { DraftStore } from '../drafts/draft-store';
import type { FormModel, FormShape } from '../model/form-model';
import { rememberHub } from '../meta/last-hub';
import type { QueuedTask } from '../../../api/queued-task';
import { snapshotOf } from '../model/use-task-form-state';
import type { ZoneStore } from '../meta/zone-store';
import type { Attempts } from './attempt';
import { classifyFailure, fieldErrors, type Failure, type FieldMessage } from './server-errors';

/** What the server said when it refused a task that is now opened again. */
export interface RefusedWith {
  message: string;
  errors?: Record<string, string[]>;
}

export interface SubmitDeps {
  form: UseFormReturn<FormShape>;
  model: FormModel;
  drafts: DraftStore;
  attempts: Attempts;
  zone: ZoneStore;
  /** form names in screen order, for focusing the first error */
  order: string[];
  onCreated(task: Record<string, unknown>, values: FieldValues): void;
  onUnauthorized?(): void;
  /** keeps the task for later; resolves once it is safely kept. Without it, a failure offers a retry. */
  onQueue?(task: QueuedTask): Promise<void>;
  /** the task is in the outbox and its draft gone */
  onQueued?(task: QueuedTask): void;
}

/** What the person will recognise the task by in the outbox: its title, else its first text value. */
function labelOf(model: FormModel, body: Record<string, unknown>): string {
  const texts = [body.title, ...model.flow.fields.map((f) => body[f.id])];
  const first = texts.find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return first?.trim().slice(0, 120) ?? '';
}

export function useSubmit(deps: SubmitDeps) {
  const { form, model, drafts, attempts, zone, order, onCreated, onUnauthorized, onQueue, onQueued } = deps;
  const mutation = useCreateTask();
  const { create: policy } = useRetryPolicies();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState<AttemptInfo | null>(null);
  const [queueing, setQueueing] = useState(false);
  const { setError, setFocus } = form;

  // The attempt is written down with the values before anything is sent: a tab that dies mid-request
  // comes back with both, and sending the same again cannot create a second task.
  const keep = (values: FormShape) =>
    drafts.saveNow(() => ({ ...snapshotOf(model, values), attempt: attempts.pending() }));

  /** The server's messages at their fields, and the first of those fields focused. */
  const markFields = (fields: FieldMessage[]) => {
    for (const f of fields) setError(f.name as never, { type: 'server', message: f.message });
    const first = order.find((n) => fields.some((f) => f.name === n));
    if (first) setFocus(first as never);
  };

  const showFieldErrors = (errors: Record<string, string[]> | undefined, message: string) => {
    const { fields, other } = fieldErrors(errors, model);
    markFields(fields);
    setFailure(fields.length + other.length > 0 ? { kind: 'fields', other } : { kind: 'rejected', message });
  };

  const queue = async (values: FormShape, body: Record<string, unknown>, key: string, cause: unknown) => {
    if (!onQueue) return;
    setQueueing(true);
    const task: QueuedTask = {
      key,
      flow: model.flow.name,
      label: labelOf(model, body),
      body,
      snapshot: snapshotOf(model, values),
      cause,
    };
    try {
      await onQueue(task);
    } catch {
      setQueueing(false);
      setFailure({ kind: 'queueFailed' });
      return;
    }
    // Kept in the outbox now, under the same key: the draft goes, and the app starts a new task.
    drafts.finish();
    rememberHub(values.hubId);
    setQueueing(false);
    onQueued?.(task);
  };

  const send = (values: FormShape) => {
    setFailure(null);
    const body = bodyOf(model, values, zone.get());
    const key = attempts.keyFor(body);
    keep(values);
    if (onQueue && isOffline()) {
      void queue(values, body, key, undefined);
      return;
    }
    mutation.mutate(
      { body, idempotencyKey: key, onAttempt: setAttempt },
      {
        onSuccess: (task) => {
          drafts.finish();
          rememberHub(values.hubId);
          onCreated(task, {
            ...model.toFlowValues(values.v),
            hubId: values.hubId,
            assignee: values.assignee,
          });
        },
        onError: (error) => {
          const failed = classify(error);
          // what the create retries but could not get through by itself, the outbox keeps trying
          if (onQueue && retries(policy, failed)) {
            void queue(values, body, key, error);
            return;
          }
          if (isFinal(failed)) {
            attempts.end();
            keep(values);
          }
          const { failure: next, fields } = classifyFailure(error, model);
          markFields(fields);
          if (next.kind === 'unauthorized') onUnauthorized?.();
          setFailure(next);
        },
        onSettled: () => setAttempt(null),
      },
    );
  };

  return {
    send,
    failure,
    pending: mutation.isPending || queueing,
    attempt,
    /** a task opened again from the outbox: the server's messages back at their fields */
    showRefusal: (refused: RefusedWith) => showFieldErrors(refused.errors, refused.message),
  };
}

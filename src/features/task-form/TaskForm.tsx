import { useCallback, useEffect, useId, useMemo, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useHubs } from '../../api/get-hubs';
import type { QueuedTask, TaskSnapshot } from '../../api/queued-task';
import type { FieldValues, FlowSpec } from '../../flow/types';
import { useT } from '../../i18n/i18n';
import { useZoneLookup } from '../../ui/use-zone-lookup';
import { DraftBar } from './drafts/DraftBar';
import { FieldList } from './fields/FieldList';
import { firstError, namesInOrder } from './model/focus-order';
import { createPlaceLinks } from './model/place-links';
import { TaskFormProvider, type RenderLocation, type TaskFormContextValue } from './form-context';
import { AssigneeField } from './meta/AssigneeField';
import { HubField } from './meta/HubField';
import { TimesFields } from './meta/TimesFields';
import { RequestPreview } from './preview/RequestPreview';
import { SubmitBar } from './submit/SubmitBar';
import { SubmitFailure } from './submit/SubmitFailure';
import { useSubmit, type RefusedWith } from './submit/use-submit';
import { useTaskFormState } from './model/use-task-form-state';
import './task-form.css';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../../i18n/work';

export interface TaskFormProps {
  flow: FlowSpec;
  rawFlow: unknown;
  initialValues?: FieldValues;
  onCreated(task: Record<string, unknown>, values: FieldValues): void;
  /** the location feature's field (input + map); without it coordinates are a plain text input */
  renderLocation?: RenderLocation;
  /** the server refused the token: the app asks for a new one; the form stays as it is */
  onUnauthorized?(): void;
  /** keeps a task the API could not take now (the outbox); resolves once it is safely kept */
  onQueue?(task: QueuedTask): Promise<void>;
  /** the task is kept and the draft gone: the app starts a new task */
  onQueued?(task: QueuedTask): void;
  /**
   * a task opened again from the outbox: its values, the server's messages at their fields when it was
   * refused, and its idempotency key when it was taken back before being sent (the same task: decision 031)
   */
  reopened?: { snapshot: TaskSnapshot; refused?: RefusedWith; key?: string };
}

/** The form generated from a flow: hub, assignees, times, the flow's fields, submit, preview, draft. */
export function TaskForm(props: TaskFormProps) {
  const { flow, initialValues, onCreated, renderLocation, onUnauthorized, onQueue, onQueued, reopened } =
    props;
  const t = useT();
  const headingId = useId();
  const {
    form,
    model,
    rules,
    errors,
    zeros,
    drafts,
    restart,
    attempts,
    generation,
    bindForm,
    typedNotChosen,
    zone,
  } = useTaskFormState(flow, initialValues, reopened?.snapshot, reopened?.key);
  const { control, getValues, setValue, subscribe, handleSubmit, setFocus } = form;
  const order = useMemo(() => namesInOrder(model), [model]);
  const places = useMemo(() => createPlaceLinks(model), [model]);
  const { send, failure, pending, attempt, showRefusal } = useSubmit({
    form,
    model,
    drafts,
    attempts,
    zone,
    order,
    onCreated,
    onUnauthorized,
    onQueue,
    onQueued,
  });
  // Opened again from the outbox: the server's messages are back at their fields, once.
  const refusal = useRef(reopened?.refused);
  useEffect(() => {
    if (refusal.current) showRefusal(refusal.current);
    refusal.current = undefined;
  }, [showRefusal]);

  const ctx = useMemo<TaskFormContextValue>(
    () => ({
      control,
      getValues,
      setValue,
      subscribe,
      model,
      rules,
      errors,
      zeros,
      idPrefix: headingId,
      renderLocation,
      typedNotChosen,
      zone,
      places,
    }),
    [
      control,
      getValues,
      setValue,
      subscribe,
      model,
      rules,
      errors,
      zeros,
      headingId,
      renderLocation,
      typedNotChosen,
      zone,
      places,
    ],
  );

  // Sending before the hub list is here would be refused for a hub the person is about to see chosen,
  // and before the zone lookup is here, the times would be read in the device's zone, not the hub's.
  const hubs = useHubs();
  const zoneLookup = useZoneLookup();
  const waitingFor = hubs.isPending
    ? t('taskForm.waitingForHubs')
    : zoneLookup.loading
      ? t('taskForm.waitingForZone')
      : undefined;
  const validateAndSend = handleSubmit(send, (invalid) => {
    const first = firstError(order, invalid);
    if (first) setFocus(first as never);
  });
  const submit = (e?: FormEvent) => {
    if (waitingFor === undefined) return validateAndSend(e);
    e?.preventDefault();
    return Promise.resolve();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!pending) void submit();
    }
  };
  const discard = useCallback(() => {
    drafts.discard();
    restart();
  }, [drafts, restart]);

  return (
    <TaskFormProvider value={ctx}>
      {/* The form hears Ctrl/Cmd+Enter bubbling up from any of its controls; it is not a widget itself. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form
        ref={bindForm}
        className="card task-form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={submit}
        onKeyDown={onKeyDown}
      >
        <div className="task-form-head">
          <h2 id={headingId}>{t('taskForm.heading', { flow: flow.name })}</h2>
          <DraftBar store={drafts} onDiscard={discard} />
        </div>
        <section className="form-section task-meta" aria-label={t('taskForm.taskSection')}>
          <HubField />
          <AssigneeField />
          <TimesFields />
        </section>
        <section className="form-section" aria-labelledby={`${headingId}-fields`}>
          <h3 id={`${headingId}-fields`}>{t('taskForm.fieldsSection')}</h3>
          <FieldList key={generation} fields={flow.fields} />
        </section>
        <SubmitFailure failure={failure} onRetry={() => void submit()} />
        <SubmitBar pending={pending} attempt={attempt} waitingFor={waitingFor} />
      </form>
      <RequestPreview />
    </TaskFormProvider>
  );
}

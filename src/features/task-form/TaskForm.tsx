import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useCreateTask } from '../../api/create-task';
import type { FieldValues, FlowSpec } from '../../flow/types';
import { useT } from '../../i18n/i18n';
import { DraftBar } from './drafts/DraftBar';
import { FieldList } from './FieldList';
import { firstError, namesInOrder } from './focus-order';
import { TaskFormProvider, type RenderLocation, type TaskFormContextValue } from './form-context';
import type { FormShape } from './form-model';
import { AssigneeField } from './meta/AssigneeField';
import { HubField } from './meta/HubField';
import { rememberHub } from './meta/last-hub';
import { TimesFields } from './meta/TimesFields';
import { RequestPreview } from './preview/RequestPreview';
import { bodyOf } from './build-body';
import { classifyFailure, type Failure } from './submit/server-errors';
import { SubmitBar } from './submit/SubmitBar';
import { SubmitFailure } from './submit/SubmitFailure';
import { useTaskFormState } from './use-task-form-state';
import './task-form.css';

export interface TaskFormProps {
  flow: FlowSpec;
  rawFlow: unknown;
  initialValues?: FieldValues;
  onCreated(task: Record<string, unknown>, values: FieldValues): void;
  /** the location feature's field (input + map); without it coordinates are a plain text input */
  renderLocation?: RenderLocation;
  /** the server refused the token: the app asks for a new one; the form stays as it is */
  onUnauthorized?(): void;
}

/** The form generated from a flow: hub, assignees, times, the flow's fields, submit, preview, draft. */
export function TaskForm({ flow, initialValues, onCreated, renderLocation, onUnauthorized }: TaskFormProps) {
  const t = useT();
  const headingId = useId();
  const { form, model, rules, drafts, restart } = useTaskFormState(flow, initialValues);
  const { control, getValues, setValue, subscribe, handleSubmit, setError, setFocus } = form;
  const mutation = useCreateTask();
  const [failure, setFailure] = useState<Failure | null>(null);
  const order = useMemo(() => namesInOrder(model), [model]);

  const ctx = useMemo<TaskFormContextValue>(
    () => ({ control, getValues, setValue, subscribe, model, rules, renderLocation }),
    [control, getValues, setValue, subscribe, model, rules, renderLocation],
  );

  const send = (values: FormShape) => {
    setFailure(null);
    mutation.mutate(bodyOf(model, values), {
      onSuccess: (task) => {
        drafts.finish();
        rememberHub(values.hubId);
        onCreated(task, { ...model.toFlowValues(values.v), hubId: values.hubId, assignee: values.assignee });
      },
      onError: (error) => {
        const { failure: next, fields } = classifyFailure(error, model);
        const first = order.find((n) => fields.some((f) => f.name === n));
        for (const f of fields) setError(f.name as never, { type: 'server', message: f.message });
        if (first) setFocus(first as never);
        if (next.kind === 'unauthorized') onUnauthorized?.();
        setFailure(next);
      },
    });
  };
  const submit = handleSubmit(send, (errors) => {
    const first = firstError(order, errors);
    if (first) setFocus(first as never);
  });
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!mutation.isPending) void submit();
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
          <FieldList fields={flow.fields} />
        </section>
        <SubmitFailure failure={failure} onRetry={() => void submit()} />
        <SubmitBar pending={mutation.isPending} />
      </form>
      <RequestPreview />
    </TaskFormProvider>
  );
}

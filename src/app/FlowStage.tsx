import { flowHasPages, useFlowTask } from '../api/get-flow-task';
import type { FlowEntry } from '../api/get-flows';
import { isTask, type Task } from '../api/task';
import { useConnection } from '../api/connection';
import type { FieldValues } from '../flow/types';
import { useT } from '../i18n/i18n';
import { Alert } from '../ui/Alert';
import { apiErrorMessage } from '../ui/api-error-message';
import { Loading } from '../ui/Loading';
import { TaskForm, type TaskFormProps } from '../features/task-form/TaskForm';
import { renderLocation } from './compose';

interface Props extends Pick<TaskFormProps, 'onQueue' | 'onQueued' | 'reopened'> {
  entry: FlowEntry;
  initialValues?: FieldValues;
  onCreated(task: Task, values: FieldValues): void;
}

/** The form of one flow; a flow object without pages is described by GET /flow/{name}/task instead. */
export function FlowStage({ entry, initialValues, onCreated, ...outbox }: Props) {
  const t = useT();
  const { connection } = useConnection();
  const needsFallback = !flowHasPages(entry.raw);
  const fallback = useFlowTask(needsFallback ? entry.spec.name : null);
  if (needsFallback && fallback.isPending) return <Loading label={t('app.loadingFlow')} />;
  if (needsFallback && fallback.isError) {
    return (
      <Alert
        action={
          <button type="button" className="button" onClick={() => void fallback.refetch()}>
            {t('error.retry')}
          </button>
        }
      >
        {apiErrorMessage(t, fallback.error, connection?.baseUrl)}
      </Alert>
    );
  }
  const flow = needsFallback && fallback.data ? fallback.data : entry.spec;
  return (
    <TaskForm
      flow={flow}
      renderLocation={renderLocation}
      rawFlow={entry.raw}
      initialValues={initialValues}
      {...outbox}
      onCreated={(task, values) => {
        // The form hands over what the API returned; a task without an _id cannot be shown as created.
        if (isTask(task)) onCreated(task, values);
      }}
    />
  );
}

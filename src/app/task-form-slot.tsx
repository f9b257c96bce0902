import type { FieldValues, FlowSpec } from '../flow/types';
import { useT } from '../i18n/i18n';
import { Alert } from '../ui/Alert';

export interface TaskFormProps {
  flow: FlowSpec;
  rawFlow: unknown;
  initialValues?: FieldValues;
  onCreated(task: Record<string, unknown>, values: FieldValues): void;
}

// Stand-in until src/features/task-form/TaskForm.tsx lands; then this file renders <TaskForm {...props} />.
export function TaskFormSlot(_props: TaskFormProps) {
  const t = useT();
  return <Alert tone="info">{t('app.formPlaceholder')}</Alert>;
}

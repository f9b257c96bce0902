import type { FlowEntry } from '../api/get-flows';
import { ImportScreen } from '../features/bulk-import/ImportScreen';

interface Props {
  entry: FlowEntry;
  findFlow(name: string): FlowEntry | undefined;
  onClose(): void;
  onOpenTask(taskId: string): void;
}

/** The spreadsheet import of the picked flow, in its own chunk with the spreadsheet libraries. */
export function ImportStage({ entry, findFlow, onClose, onOpenTask }: Props) {
  return (
    <ImportScreen
      flow={entry.spec}
      findFlow={(name) => findFlow(name)?.spec}
      onClose={onClose}
      onOpenTask={onOpenTask}
    />
  );
}

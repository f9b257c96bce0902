import type { ComponentProps } from 'react';
import type { Task } from '../api/task';
import { RecentTasks } from '../features/task-result/RecentTasks';
import { TaskResult } from '../features/task-result/TaskResult';
import { renderResultMap } from './compose';

/** The result view with the location feature's map composed in. */
export function ResultStage(props: Omit<ComponentProps<typeof TaskResult>, 'renderMap'>) {
  return <TaskResult {...props} renderMap={renderResultMap} />;
}

/** "Recent tasks" under the form; in the result view's chunk, which the first screen does not load. */
export function RecentStage({ onOpen }: { onOpen(task: Task): boolean }) {
  return <RecentTasks onOpen={onOpen} />;
}

import type { ComponentProps } from 'react';
import { TaskResult } from '../features/task-result/TaskResult';
import { renderResultMap } from './compose';

/** The result view with the location feature's map composed in. */
export function ResultStage(props: Omit<ComponentProps<typeof TaskResult>, 'renderMap'>) {
  return <TaskResult {...props} renderMap={renderResultMap} />;
}

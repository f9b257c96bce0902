import { useEffect, useRef, type ReactNode } from 'react';
import { parseCoordinates, type LatLng } from '../../flow/coordinates';
import { compileFlow } from '../../flow/compile';
import { evaluateRules } from '../../flow/rules';
import type { FieldSpec, FlowSpec } from '../../flow/types';
import type { Task } from '../../api/task';
import { useLanguage, useT } from '../../i18n/i18n';
import { fieldText } from './format';
import { NextActions } from './NextActions';
import { RecentTasks } from './RecentTasks';
import { TaskSummary } from './TaskSummary';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../../i18n/work';

interface Props {
  task: Task;
  flow: FlowSpec;
  /** opened from "Recent tasks" rather than just created: the heading says so */
  opened?: boolean;
  /** `keepAssignee`: the next task starts with this task's hub and people */
  onCreateAnother(keepAssignee: boolean): void;
  onDuplicate(): void;
  /** shows a task opened from "Recent tasks" (see RecentTasks); without it the list only lists */
  onOpenRecent?(task: Task): boolean;
  /** the map of the location feature, composed by the app; without it the coordinates show as text only */
  renderMap?: (point: LatLng, label: string) => ReactNode;
}

/** What MileApp stored: the fixed keys, every field under its title, the expected location, what next. */
export function TaskResult(props: Props) {
  const { task, flow, opened, onCreateAnother, onDuplicate, onOpenRecent, renderMap } = props;
  const t = useT();
  const { lang } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // Land keyboard and screen-reader users on the outcome, as a page change would.
  useEffect(() => heading.current?.focus(), [task._id]);

  const coordinate = typeof task.expectedCoordinate === 'string' ? task.expectedCoordinate : null;
  const point = coordinate ? parseCoordinates(coordinate) : null;
  // A field the task's own select values hide (an onSelect rule) was not stored: it is not listed.
  const { hidden } = evaluateRules(flow.fields, task);
  const { valueFields, unitKeyOf } = compileFlow(flow);
  const fields = valueFields.filter((f) => !hidden.has(f.id));
  const textOf = (f: FieldSpec) => fieldText(f, task, unitKeyOf.get(f.id), lang);
  // The location's coordinates are written out once: by their field when one is listed, else here.
  const coordinateListed = fields.some((f) => textOf(f) === coordinate);
  return (
    <section className="result" aria-labelledby="result-heading">
      <div className="card">
        <h1 id="result-heading" ref={heading} tabIndex={-1}>
          {t(opened ? 'result.openedHeading' : 'result.heading')}
        </h1>
        {typeof task.title === 'string' && task.title !== '' ? (
          <p className="result-title">{task.title}</p>
        ) : null}
        <TaskSummary task={task} />
        {fields.length > 0 ? (
          <>
            <h2>{t('result.fields')}</h2>
            <dl className="facts">
              {fields.map((field) => (
                <div key={field.id}>
                  <dt>{field.title}</dt>
                  <dd className="value">{textOf(field) ?? t('result.empty')}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {/* Only when something goes under it: the coordinates, or their map. */}
        {coordinate && (!coordinateListed || (point && renderMap)) ? (
          <>
            <h2>{t('result.location')}</h2>
            {coordinateListed ? null : (
              <p>
                <code>{coordinate}</code>
              </p>
            )}
            {point && renderMap ? (
              <div className="result-map">{renderMap(point, t('result.location'))}</div>
            ) : null}
          </>
        ) : null}
        <NextActions onCreateAnother={onCreateAnother} onDuplicate={onDuplicate} />
      </div>
      <RecentTasks currentId={task._id} onOpen={onOpenRecent} />
    </section>
  );
}

import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useConnection } from '../api/connection';
import { useFlows } from '../api/get-flows';
import { getTask } from '../api/get-task';
import { savedAtOf } from '../api/saved-lists';
import type { Task } from '../api/task';
import { FlowPicker } from '../features/flow-picker/FlowPicker';
import { useFlowSelection } from '../features/flow-picker/last-used';
import type { FieldValues, FlowSpec } from '../flow/types';
import { localeOf, useLanguage, useT } from '../i18n/i18n';
import { Alert } from '../ui/Alert';
import { apiErrorMessage } from '../ui/api-error-message';
import { ConfirmPrompt } from '../ui/ConfirmPrompt';
import { Loading } from '../ui/Loading';
import { clearDraft, readDraft } from '../features/task-form/drafts/draft-storage';
import { flushScheduledDrafts } from '../features/task-form/drafts/draft-store';
import type { TaskFormProps } from '../features/task-form/TaskForm';
import type { OutboxEntry } from '../features/outbox/outbox-types';
import { forgetOutboxEntry, holdOutboxEntry, OutboxSlot, reopenedOf, useQueueTask } from './outbox';
import { FlowStage, ImportStage, RecentStage, ResultStage, preloadImport, preloadStages } from './stages';

interface Created {
  task: Task;
  values: FieldValues;
  /** opened from "Recent tasks": its stored values (under the component ids, as the form's) start a Duplicate */
  opened?: boolean;
}

/** Pick a flow → fill its form → see the created task; the picker stays on top throughout. */
export function Workspace() {
  const t = useT();
  const { lang } = useLanguage();
  const { connection } = useConnection();
  const flows = useFlows();
  const savedAt = savedAtOf(flows.data);
  const names = useMemo(() => flows.data?.map((f) => f.spec.name), [flows.data]);
  const [selected, select] = useFlowSelection(names);
  const [created, setCreated] = useState<Created | null>(null);
  // A new `run` remounts the form: empty for "Create another", prefilled for "Duplicate", or a task
  // opened again from the outbox, refused or not sent yet (which it forgets once the form has sent it).
  const [run, setRun] = useState<{
    n: number;
    initialValues?: FieldValues;
    reopened?: TaskFormProps['reopened'];
    fromOutbox?: string;
    /** the person is taken to the form's first field that needs typing (create another, duplicate) */
    focus?: boolean;
  }>({ n: 0 });
  // A kept task whose flow this organisation no longer has (or whose list has not loaded) cannot be opened.
  const [missingFlow, setMissingFlow] = useState<string | null>(null);
  // A kept task about to replace an unsent draft of its flow in the form: the person confirms first.
  const [replacing, setReplacing] = useState<{ kept: OutboxEntry; flow: FlowSpec } | null>(null);
  const onQueue = useQueueTask();
  // The import replaces the form below the picker; a reload keeps the person on it (this tab only).
  const [importing, setImportingState] = useState(() => readImporting());
  const setImporting = (on: boolean) => {
    setImportingState(on);
    writeImporting(on);
  };
  // A waiting task taken into the form, another task or a duplicate: the person is taken to the first
  // field that needs typing (a refused task focuses its first error instead).
  const stage = useRef<HTMLDivElement>(null);
  const editing = run.reopened !== undefined && run.reopened.refused === undefined;
  const focusForm = editing || run.focus === true;
  useEffect(() => {
    if (!focusForm) return undefined;
    let frame = 0;
    let tries = 0;
    const focusFirst = () => {
      const field = stage.current && firstFieldToType(stage.current);
      if (field) {
        field.focus({ preventScroll: true });
        field.scrollIntoView?.({ block: 'center' }); // jsdom has no scrolling
      } else if (++tries < 30) frame = requestAnimationFrame(focusFirst); // the form may still be loading
    };
    frame = requestAnimationFrame(focusFirst);
    return () => cancelAnimationFrame(frame);
  }, [focusForm, run.n]);
  const entry = flows.data?.find((f) => f.spec.name === selected);
  const listed = flows.isSuccess;
  useEffect(() => {
    if (listed) preloadStages();
  }, [listed]);

  // A task opened from "Recent tasks" shows in the result view of its own flow (the form it replaces keeps
  // what was typed as its draft).
  const openTask = (task: Task): boolean => {
    const flow = flows.data?.find((f) => f.spec.name === task.flow);
    if (!flow) return false;
    select(flow.spec.name);
    setCreated({ task, values: task, opened: true });
    return true;
  };
  const reopen = (kept: OutboxEntry, flow: FlowSpec, replacesDraft = false) => {
    setReplacing(null);
    // Replaced by choice: the old draft must not come back when the flow is opened again.
    if (replacesDraft) clearDraft(flow);
    holdOutboxEntry(kept);
    select(kept.flow);
    setCreated(null);
    setRun((r) => ({ n: r.n + 1, reopened: reopenedOf(kept), fromOutbox: kept.id }));
  };
  // The outbox shows whatever the flow list does: offline, it is what still works.
  const outbox = (
    <OutboxSlot
      onReopen={(kept) => {
        const flow = flows.data?.find((f) => f.spec.name === kept.flow)?.spec;
        if (!flow) {
          setMissingFlow(kept.flow);
          return;
        }
        setMissingFlow(null);
        // A draft of that flow is work not sent anywhere yet; opening the kept task would write over it.
        // What was typed in the last moments is still waiting for autosave's timer: stored first.
        flushScheduledDrafts();
        if (readDraft(flow) !== null) setReplacing({ kept, flow });
        else reopen(kept, flow);
      }}
    />
  );
  if (flows.isPending) {
    return (
      <>
        <Loading label={t('flowPicker.loading')} />
        {outbox}
      </>
    );
  }
  if (flows.isError) {
    return (
      <>
        <Alert
          action={
            <button type="button" className="button" onClick={() => void flows.refetch()}>
              {t('error.retry')}
            </button>
          }
        >
          {apiErrorMessage(t, flows.error, connection?.baseUrl)}
        </Alert>
        {outbox}
      </>
    );
  }
  return (
    <div className="workspace">
      <div className="card picker">
        {/* the page's h1; the form's heading is an h2 below it, the result view brings its own h1 */}
        {created || importing ? null : <h1>{t('app.newTask')}</h1>}
        <FlowPicker
          names={names ?? []}
          value={selected}
          onChange={(name) => {
            select(name);
            setCreated(null);
            setRun((r) => ({ n: r.n + 1 }));
          }}
        />
        {names?.length === 0 ? <p className="muted">{t('flowPicker.noFlows')}</p> : null}
        {entry && !importing ? (
          <button
            type="button"
            className="button picker-import"
            onPointerEnter={preloadImport}
            onFocus={preloadImport}
            onClick={() => {
              setCreated(null);
              setImporting(true);
            }}
          >
            {t('flowPicker.importMany')}
          </button>
        ) : null}
        {savedAt === undefined ? null : (
          <p className="muted" role="status">
            {t('flowPicker.saved', {
              time: new Date(savedAt).toLocaleString(localeOf(lang), {
                day: 'numeric',
                month: 'short',
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          </p>
        )}
      </div>
      {missingFlow !== null ? <Alert>{t('outbox.flowMissing', { flow: missingFlow })}</Alert> : null}
      {replacing !== null ? (
        <ReplaceDraftPrompt
          flow={replacing.kept.flow}
          onReplace={() => reopen(replacing.kept, replacing.flow, true)}
          onKeep={() => setReplacing(null)}
        />
      ) : null}
      {outbox}
      {entry && importing ? (
        <Suspense fallback={<Loading label={t('flowPicker.loadingImport')} />}>
          <ImportStage
            entry={entry}
            findFlow={(name) => flows.data?.find((f) => f.spec.name === name)}
            onClose={() => setImporting(false)}
            onOpenTask={(taskId) => {
              if (!connection) return;
              void getTask(connection, taskId).then(
                (task) => openTask(task) && setImporting(false),
                () => undefined,
              );
            }}
          />
        </Suspense>
      ) : null}
      <div ref={stage} hidden={importing}>
        <Suspense fallback={<Loading label={t('app.loadingFlow')} />}>
          {entry && created && !importing ? (
            <ResultStage
              task={created.task}
              flow={entry.spec}
              opened={created.opened}
              onOpenRecent={openTask}
              onCreateAnother={(keepAssignee) => {
                const { hubId, assignee } = created.values;
                setCreated(null);
                setRun((r) => ({
                  n: r.n + 1,
                  initialValues: keepAssignee ? { hubId, assignee } : undefined,
                  focus: true,
                }));
              }}
              onDuplicate={() => {
                setRun((r) => ({ n: r.n + 1, initialValues: created.values, focus: true }));
                setCreated(null);
              }}
            />
          ) : null}
          {entry && !created && !importing ? (
            <FlowStage
              key={`${entry.spec.name}#${run.n}`}
              entry={entry}
              initialValues={run.initialValues}
              reopened={run.reopened}
              onQueue={onQueue}
              onQueued={(task) => {
                // kept in the outbox: the form starts a new task
                forgetOutboxEntry(run.fromOutbox, task.key);
                setRun((r) => ({ n: r.n + 1 }));
              }}
              onCreated={(task, values) => {
                forgetOutboxEntry(run.fromOutbox);
                setCreated({ task, values });
              }}
            />
          ) : null}
        </Suspense>
      </div>
      <Suspense fallback={null}>{created || importing ? null : <RecentStage onOpen={openTask} />}</Suspense>
    </div>
  );
}

const IMPORTING_KEY = 'taskComposer.importing';

function readImporting(): boolean {
  try {
    return sessionStorage.getItem(IMPORTING_KEY) === '1';
  } catch {
    return false;
  }
}

function writeImporting(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(IMPORTING_KEY, '1');
    else sessionStorage.removeItem(IMPORTING_KEY);
  } catch {
    // storage blocked: a reload goes back to the form
  }
}

const TYPABLE =
  'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([readonly]):not([disabled]), select:not([disabled]), textarea:not([readonly])';

/**
 * The flow's first field that is still empty, else its first field: where a person starts typing the next
 * task (hub, people and times come filled in).
 */
function firstFieldToType(stage: HTMLElement): HTMLElement | null {
  const fields = [...stage.querySelectorAll<HTMLInputElement>(`.field-blocks :is(${TYPABLE})`)];
  return fields.find((f) => f.value === '') ?? fields[0] ?? null;
}

/** Asks before a task from the outbox replaces an unsent draft of the same flow in the form. */
function ReplaceDraftPrompt({
  flow,
  onReplace,
  onKeep,
}: {
  flow: string;
  onReplace(): void;
  onKeep(): void;
}) {
  const t = useT();
  return (
    <ConfirmPrompt
      keepLabel={t('outbox.keepDraft')}
      onKeep={onKeep}
      confirmLabel={t('outbox.replaceDraftConfirm')}
      onConfirm={onReplace}
      confirmIsPrimary
      focusKey={flow}
    >
      {t('outbox.replaceDraft', { flow })}
    </ConfirmPrompt>
  );
}

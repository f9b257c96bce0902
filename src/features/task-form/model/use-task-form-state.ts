import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TaskSnapshot } from '../../../api/queued-task';
import { initialValues as flowDefaults } from '../../../flow/payload';
import type { FieldValues, FlowSpec } from '../../../flow/types';
import { createErrorStore } from './error-store';
import { createDraftStore } from '../drafts/draft-store';
import { readDraft, type Draft } from '../drafts/draft-storage';
import { createFormModel, type FormModel, type FormShape } from './form-model';
import { defaultTimes } from '../meta/times';
import { createZoneStore } from '../meta/zone-store';
import { createResolver, halfTypedInputs, type Unfinished } from './resolver';
import { createRuleStore } from './rule-store';
import { createAttempts } from '../submit/attempt';
import { createZeroConfirmations } from './zero-confirmations';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * Flow defaults, overlaid with the stored draft, or else with the values handed in (a duplicate). Empty
 * plain inputs are left out (FormModel.withoutEmptyInputs): react-hook-form reads them instead of writing.
 */
function startValues(
  model: FormModel,
  given: FieldValues | undefined,
  draft: Draft | null,
  zone: string | undefined,
): FormShape {
  const flow = model.flow;
  const times = defaultTimes(flow.startAdjustmentHours, flow.endAdjustmentHours, new Date(), zone);
  const v = model.toFormValues(flowDefaults(flow));
  const start: FormShape = draft
    ? {
        v: { ...v, ...model.toFormValues(draft.values) },
        hubId: draft.hubId,
        assignee: draft.assignee,
        startTime: draft.startTime || times.startTime,
        endTime: draft.endTime || times.endTime,
      }
    : given
      ? // A duplicate keeps hub, people and values; its times start from now again.
        {
          v: { ...v, ...model.toFormValues(given) },
          hubId: str(given.hubId),
          assignee: strings(given.assignee),
          ...times,
        }
      : { v, hubId: '', assignee: [], ...times };
  return { ...start, v: model.withoutEmptyInputs(start.v) };
}

/** The form's values as a draft (and the outbox) keep them. */
export function snapshotOf(model: FormModel, values: FormShape): TaskSnapshot {
  return {
    values: model.toFlowValues(values.v),
    hubId: values.hubId,
    assignee: values.assignee,
    startTime: values.startTime,
    endTime: values.endTime,
  };
}

/** The form, its rule store and its draft store, built once per mounted flow. */
export function useTaskFormState(
  flow: FlowSpec,
  given: FieldValues | undefined,
  reopened?: TaskSnapshot,
  reopenedKey?: string,
) {
  const [setup] = useState(() => {
    const model = createFormModel(flow);
    // Values handed in are a deliberate choice (Duplicate, reopen) and win over an old draft.
    const restored = given || reopened ? null : readDraft(flow);
    const defaults = startValues(
      model,
      given,
      restored ?? (reopened ? { ...reopened, savedAt: 0 } : null),
      undefined,
    );
    const zone = createZoneStore();
    // The form element, for what only the DOM knows (a half-typed date); a callback ref sets it.
    let formElement: HTMLFormElement | null = null;
    const bindForm = (el: HTMLFormElement | null) => {
      formElement = el;
    };
    // Search text typed into a chooser (the assignee box) and not turned into a choice, by form name.
    const typedNotChosen = new Map<string, string>();
    const unfinished = (): Unfinished[] => [
      ...halfTypedInputs(formElement).map((name): Unfinished => ({ name, key: 'incomplete' })),
      ...[...typedNotChosen]
        .filter(([, text]) => text.trim() !== '')
        .map(([name, text]): Unfinished => ({ name, key: 'notChosen', params: { text: text.trim() } })),
    ];
    const zeros = createZeroConfirmations();
    return {
      bindForm,
      typedNotChosen,
      model,
      defaults,
      rules: createRuleStore(flow, model.toFlowValues(defaults.v)),
      errors: createErrorStore(),
      drafts: createDraftStore(flow, restored?.savedAt ?? null),
      zeros,
      resolver: createResolver(model, unfinished, zone.get, zeros),
      zone,
      // A refused task (a 4xx) comes back as a new attempt: nothing was created under its key, and its
      // body changes. One taken back from the outbox before it was sent keeps its key whatever the edits:
      // it is the same task, which an earlier try may already have created (decision 031).
      attempts: createAttempts(restored?.attempt, reopenedKey),
    };
  });
  const form = useForm<FormShape>({
    defaultValues: setup.defaults,
    resolver: setup.resolver,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { subscribe } = form;
  const { model, rules, drafts, attempts, errors, bindForm, typedNotChosen, zone, zeros } = setup;
  // Declared before any effect that may set an error (a reopened task's refusal), so none is missed.
  useEffect(() => errors.connect(subscribe), [errors, subscribe]);

  // The two things that follow every change, neither of which re-renders the form: the onSelect rules
  // (only when a select that has rules changed) and the autosave (after a pause).
  const ruleNames = useMemo(
    () => new Set([...rules.ruleSources].map((id) => model.nameOf(id)).filter((n) => n !== undefined)),
    [rules, model],
  );
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name, type }) => {
          if (name === undefined || ruleNames.has(name)) rules.update(model.toFlowValues(values.v));
          if (type === undefined && name !== 'assignee') return; // programmatic, not the person typing
          drafts.schedule(() => ({ ...snapshotOf(model, values), attempt: attempts.pending() }));
        },
      }),
    [subscribe, rules, drafts, model, ruleNames, attempts],
  );
  useEffect(() => {
    window.addEventListener('pagehide', drafts.flush);
    return () => {
      window.removeEventListener('pagehide', drafts.flush);
      drafts.flush();
    };
  }, [drafts]);

  // Bumped by each restart: the flow's fields are mounted afresh, so every input registers again with
  // react-hook-form, whose reset() forgets them (the fields do not re-render on a reset by themselves).
  const [generation, setGeneration] = useState(0);
  const restart = () => {
    // the discarded draft's task is given up: whatever comes next is another task
    attempts.end();
    zeros.clear();
    const fresh = startValues(model, given, null, zone.get());
    form.reset(fresh);
    rules.update(model.toFlowValues(fresh.v));
    setGeneration((g) => g + 1);
  };
  return {
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
  };
}

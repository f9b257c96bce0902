import { useEffect, useMemo, useRef, useState } from 'react';
import { useConnection, type Connection } from '../../api/connection';
import { newIdempotencyKey } from '../../api/idempotency-key';
import { autoMap, presetFromMapping } from '../../flow/import/mapping';
import { importTargets } from '../../flow/import/targets';
import { templateModel } from '../../flow/import/template';
import type { ColumnMapping } from '../../flow/import/types';
import type { FlowSpec } from '../../flow/types';
import { useLanguage, useT } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import { apiErrorMessage } from '../../ui/api-error-message';
import { Loading } from '../../ui/Loading';
import type { Delimiter } from './io/delimiter';
import { parseInBackground } from './io/parse-client';
import type { ParseInput, ParseOptions } from './io/parse-source';
import { MappingStep } from './mapping/MappingStep';
import { ResumeOffer } from './ResumeOffer';
import { ReviewStep } from './review/ReviewStep';
import { loadPreset, savePreset } from './session/presets';
import type { ImportSession } from './session/types';
import { problemText } from './source/problem-text';
import { SourceControls } from './source/SourceControls';
import { SourceStep } from './source/SourceStep';
import { StepList, type StepName } from './StepList';
import { useImportLists } from './use-import-lists';
import { useImportSession } from './use-import-session';
import '../../i18n/import';
import '../../i18n/work';
import './import.css';

interface Props {
  /** the flow picked in the flow picker */
  flow: FlowSpec;
  /** a flow by name: an unfinished import may be of another flow than the one picked */
  findFlow(name: string): FlowSpec | undefined;
  onClose(): void;
  onOpenTask(taskId: string): void;
}

const EMPTY_ROWS = 5;

export function ImportScreen(props: Props) {
  const { connection } = useConnection();
  return connection ? <ImportFlow {...props} conn={connection} /> : null;
}

function ImportFlow({ flow: picked, findFlow, onClose, onOpenTask, conn }: Props & { conn: Connection }) {
  const t = useT();
  const { lang } = useLanguage();
  const imp = useImportSession(conn);
  const { session, setSession } = imp;
  const flow = (session && findFlow(session.flowName)) ?? picked;
  const { lists, error: listsError, retry } = useImportLists();
  const targets = useMemo(() => importTargets(flow), [flow]);
  const template = useMemo(() => (lists ? templateModel(flow, lists) : null), [flow, lists]);
  const [source, setSource] = useState<{ input: ParseInput; options: ParseOptions } | null>(null);
  const [read, setRead] = useState<{ sheetNames: string[]; delimiter?: Delimiter; legacy: boolean } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [presetUsed, setPresetUsed] = useState(false);
  const step: StepName = session === null ? 'source' : session.step === 'map' ? 'map' : 'review';
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) firstStep.current = false;
    else heading.current?.focus();
  }, [step]);

  const readSource = async (input: ParseInput, options: ParseOptions, name: string) => {
    setBusy(true);
    setProblem(null);
    const r = await parseInBackground(input, options);
    if (!r.ok) {
      setBusy(false);
      setProblem(problemText(t, r.problem, lang));
      return;
    }
    const preset = await loadPreset(conn, flow).catch(() => undefined);
    setBusy(false);
    setSource({ input, options });
    setRead({ sheetNames: r.sheetNames, delimiter: r.delimiter, legacy: r.encoding === 'windows-1252' });
    setPresetUsed(preset !== undefined && preset.fields.some((f) => r.sheet.header.includes(f.headerColumn)));
    const now = new Date().toISOString();
    setSession({
      id: session?.id ?? newIdempotencyKey(),
      account: imp.account ?? '',
      flowName: flow.name,
      source: { name, kind: r.kind, ...(r.delimiter ? { delimiter: r.delimiter } : {}) },
      header: r.sheet.header,
      rows: r.sheet.rows,
      mapping: autoMap(r.sheet.header, targets, preset),
      step: 'map',
      chunks: [],
      results: {},
      createdAt: session?.createdAt ?? now,
      updatedAt: now,
    });
    if (r.sheet.name && options.sheet !== r.sheet.name)
      setSource({ input, options: { ...options, sheet: r.sheet.name } });
  };
  const sourceName = (input: ParseInput) => ('name' in input ? input.name : t('import.source.pasteName'));
  const reread = (options: ParseOptions) => {
    if (source) void readSource(source.input, { ...source.options, ...options }, sourceName(source.input));
  };

  const emptyGrid = () => {
    if (!template) return;
    const now = new Date().toISOString();
    setSession({
      id: newIdempotencyKey(),
      account: imp.account ?? '',
      flowName: flow.name,
      source: { name: t('import.source.gridName'), kind: 'grid' },
      header: template.columns.map((c) => c.header),
      rows: Array.from({ length: EMPTY_ROWS }, (_, i) => ({
        line: i + 2,
        cells: template.columns.map(() => null),
      })),
      mapping: template.columns.map((c) => c.target),
      step: 'review',
      chunks: [],
      results: {},
      createdAt: now,
      updatedAt: now,
    });
  };

  const toReview = (s: ImportSession) => {
    const preset = presetFromMapping(
      t('import.presetName', { flow: flow.name }),
      flow._id ?? flow.name,
      s.header,
      s.mapping,
    );
    void savePreset(conn, flow, preset).catch(() => undefined);
    setSession({ ...s, step: 'review' });
  };
  const restart = () => {
    imp.close();
    setSource(null);
    setRead(null);
    setProblem(null);
  };

  return (
    <section className="card import" aria-labelledby="import-heading">
      <div className="import-head">
        <h1 id="import-heading">{t('import.heading', { flow: flow.name })}</h1>
        <button type="button" className="button button-small" onClick={() => (imp.close(), onClose())}>
          {t('import.close')}
        </button>
      </div>
      <StepList current={step} />
      <h2 ref={heading} tabIndex={-1} className="import-step-heading">
        {t(`import.step.${step}`)}
      </h2>
      {imp.offer && !session ? (
        <ResumeOffer
          session={imp.offer}
          flowKnown={findFlow(imp.offer.flowName) !== undefined}
          onAnswer={imp.answerOffer}
        />
      ) : null}
      {listsError ? (
        <Alert
          action={
            <button type="button" className="button" onClick={retry}>
              {t('error.retry')}
            </button>
          }
        >
          {apiErrorMessage(t, listsError, conn.baseUrl)}
        </Alert>
      ) : null}
      {step === 'source' ? (
        <SourceStep
          flowName={flow.name}
          template={template}
          busy={busy}
          problem={problem}
          onFile={(file) => void readSource({ file, name: file.name }, {}, file.name)}
          onPaste={(text) => void readSource({ text }, {}, t('import.source.pasteName'))}
          onEmptyGrid={emptyGrid}
        />
      ) : null}
      {session && step === 'map' ? (
        <MappingStep
          header={session.header}
          rows={session.rows}
          targets={targets}
          mapping={session.mapping}
          presetUsed={presetUsed}
          sourceControls={
            read && source ? (
              <SourceControls
                sheetNames={read.sheetNames}
                sheet={source.options.sheet ?? ''}
                delimiter={'name' in source.input ? read.delimiter : undefined}
                legacyEncoding={read.legacy}
                onSheet={(sheet) => reread({ sheet })}
                onDelimiter={(delimiter) => reread({ delimiter })}
              />
            ) : null
          }
          onChange={(mapping: ColumnMapping) => setSession({ ...session, mapping })}
          onBack={restart}
          onContinue={() => toReview(session)}
        />
      ) : null}
      {busy && step !== 'source' ? <Loading label={t('import.source.reading')} /> : null}
      {session && step === 'review' && !lists ? <Loading label={t('import.loadingLists')} /> : null}
      {session && step === 'review' && lists ? (
        <ReviewStep
          conn={conn}
          flow={flow}
          lists={lists}
          targets={targets}
          session={session}
          setSession={setSession}
          showSaved={imp.showSaved}
          onBack={() =>
            setSession({ ...session, step: session.source.kind === 'grid' ? session.step : 'map' })
          }
          onFinish={restart}
          onOpenTask={onOpenTask}
        />
      ) : null}
    </section>
  );
}

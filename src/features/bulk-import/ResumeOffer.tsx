import { useT } from '../../i18n/i18n';
import { ConfirmPrompt } from '../../ui/ConfirmPrompt';
import type { ImportSession } from './session/types';

interface Props {
  session: ImportSession;
  /** the import's flow is still in this organisation's list */
  flowKnown: boolean;
  onAnswer(resume: boolean): void;
}

/** An unfinished import of this account, offered when the import screen opens. */
export function ResumeOffer({ session, flowKnown, onAnswer }: Props) {
  const t = useT();
  const created = session.rows.filter((r) => session.results[r.line]?.ok === true).length;
  const text = t('import.resume.question', {
    name: session.source.name,
    flow: session.flowName,
    created,
    rows: session.rows.length,
  });
  if (!flowKnown) {
    return (
      <div className="alert alert-info" role="status">
        <p className="alert-body">{t('import.resume.flowMissing', { flow: session.flowName })}</p>
        <button type="button" className="button" onClick={() => onAnswer(false)}>
          {t('import.resume.discard')}
        </button>
      </div>
    );
  }
  return (
    <ConfirmPrompt
      keepLabel={t('import.resume.resume')}
      onKeep={() => onAnswer(true)}
      confirmLabel={t('import.resume.discard')}
      onConfirm={() => onAnswer(false)}
    >
      {text}
    </ConfirmPrompt>
  );
}

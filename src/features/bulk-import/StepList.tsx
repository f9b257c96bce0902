import { useT } from '../../i18n/i18n';

export type StepName = 'source' | 'map' | 'review';
const STEPS: StepName[] = ['source', 'map', 'review'];

/** Where the person is in the import. */
export function StepList({ current }: { current: StepName }) {
  const t = useT();
  return (
    <ol className="import-steps" aria-label={t('import.steps')}>
      {STEPS.map((s) => (
        <li key={s} aria-current={s === current ? 'step' : undefined}>
          {t(`import.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}

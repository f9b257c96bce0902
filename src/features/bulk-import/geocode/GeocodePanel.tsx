import type { PlacesSettings } from '../../../api/geocode-places';
import { localeOf, useLanguage, useT } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import type { RunState } from './use-geocode-run';

interface Props {
  settings: PlacesSettings | null;
  run: RunState;
  /** rows with an address and no coordinates, not yet filled */
  pending: number;
  found: number;
  unplaced: number;
  /** the location's title, where the coordinates go */
  location: string;
  disabled: boolean;
  onStart(): void;
  onCancel(): void;
}

/** The "Find coordinates" action, its progress while it runs, and what it found. */
export function GeocodePanel({ settings, run, pending, found, unplaced, location, disabled, ...p }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const n = (x: number) => x.toLocaleString(localeOf(lang));
  if (!settings) return null;
  if (settings.provider === 'none')
    return pending + unplaced > 0 ? <p className="hint">{t('import.geocode.off', { location })}</p> : null;
  return (
    <div className="import-geocode">
      {run.phase === 'running' ? (
        <div className="import-geocode-progress">
          <label>
            <span role="status">
              {t('import.geocode.progress', { done: n(run.done), total: n(run.total) })}
            </span>
            <progress max={Math.max(run.total, 1)} value={run.done} />
          </label>
          <button type="button" className="button button-small" onClick={p.onCancel}>
            {t('import.geocode.cancel')}
          </button>
        </div>
      ) : null}
      {run.phase === 'error' ? <Alert>{run.message}</Alert> : null}
      {run.phase !== 'running' && pending > 0 ? (
        <p>
          <button type="button" className="button" disabled={disabled} onClick={p.onStart}>
            {t('import.geocode.start', { n: n(pending) })}
          </button>{' '}
          <span className="hint">{t('import.geocode.startHint', { location })}</span>
        </p>
      ) : null}
      {found + unplaced > 0 ? (
        <p role="status">{t('import.geocode.summary', { found: n(found), unplaced: n(unplaced) })}</p>
      ) : null}
    </div>
  );
}

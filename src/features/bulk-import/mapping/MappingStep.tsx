import { useId, type ReactNode } from 'react';
import { missingRequired } from '../../../flow/import/mapping';
import type { ColumnMapping, ImportTarget, SheetRow } from '../../../flow/import/types';
import { useT } from '../../../i18n/i18n';
import { cellText } from '../io/to-sheet';
import { columnName, targetLabel } from './target-label';

interface Props {
  header: readonly string[];
  rows: readonly SheetRow[];
  targets: readonly ImportTarget[];
  mapping: ColumnMapping;
  /** the saved mapping of this flow was applied */
  presetUsed: boolean;
  /** the sheet and delimiter choices, when the source can be read again */
  sourceControls?: ReactNode;
  onChange(mapping: ColumnMapping): void;
  onBack(): void;
  onContinue(): void;
}

const SAMPLES = 3;

/** Each column of the file with the field it fills; Continue waits until every required field has one. */
export function MappingStep(p: Props) {
  const t = useT();
  const id = useId();
  const missing = missingRequired(p.mapping, [...p.targets]);
  const byId = new Map(p.targets.map((x) => [x.id, x]));
  // The first few values only: a column of 10,000 rows is not walked on every render.
  const samples = (col: number) => {
    const found: string[] = [];
    for (const r of p.rows) {
      const text = cellText(r.cells[col] ?? null);
      if (text !== '') found.push(text);
      if (found.length === SAMPLES) break;
    }
    return found;
  };
  const choose = (col: number, target: string | null) =>
    // A field fills from one column: choosing it here takes it away from the column that had it.
    p.onChange(p.mapping.map((m, i) => (i === col ? target : m === target && target !== null ? null : m)));
  const mappedCount = p.mapping.filter((m) => m !== null).length;
  return (
    <div className="import-mapping">
      {p.sourceControls}
      {p.presetUsed ? <p className="hint">{t('import.mapping.presetUsed')}</p> : null}
      <p className="hint">{t('import.mapping.summary', { mapped: mappedCount, columns: p.header.length })}</p>
      <ul className="mapping-list">
        {p.header.map((_, col) => {
          const target = p.mapping[col] ?? null;
          const selectId = `${id}-col-${col}`;
          const shown = samples(col);
          return (
            <li key={col} className={target === null ? 'mapping-row mapping-unmapped' : 'mapping-row'}>
              <div className="mapping-column">
                <label htmlFor={selectId}>{columnName(t, p.header, col)}</label>
                <span className="muted mapping-samples">
                  {shown.length > 0 ? shown.join(' · ') : t('import.mapping.noValues')}
                </span>
              </div>
              <span className="mapping-arrow" aria-hidden="true">
                →
              </span>
              <div className="mapping-target">
                <select
                  id={selectId}
                  value={target ?? ''}
                  onChange={(e) => choose(col, e.currentTarget.value === '' ? null : e.currentTarget.value)}
                >
                  <option value="">{t('import.mapping.skip')}</option>
                  {p.targets.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.required
                        ? t('import.mapping.requiredOption', { name: targetLabel(t, x) })
                        : targetLabel(t, x)}
                    </option>
                  ))}
                </select>
                {target === null ? (
                  <span className="mapping-state">{t('import.mapping.notImported')}</span>
                ) : byId.get(target)?.required ? (
                  <span className="mapping-state">{t('import.mapping.required')}</span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {missing.length > 0 ? (
        <div className="alert alert-info" id={`${id}-missing`}>
          <div className="alert-body">
            <p>{t('import.mapping.missing')}</p>
            <ul>
              {missing.map((x) => (
                <li key={x.id}>{targetLabel(t, x)}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={p.onBack}>
          {t('import.back')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={missing.length > 0}
          aria-describedby={missing.length > 0 ? `${id}-missing` : undefined}
          onClick={p.onContinue}
        >
          {t('import.mapping.continue')}
        </button>
      </div>
    </div>
  );
}

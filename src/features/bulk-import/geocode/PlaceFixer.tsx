import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseCoordinates } from '../../../flow/coordinates';
import type { GeocodeLink, GeoPlace } from '../../../flow/import/geocode';
import { useT } from '../../../i18n/i18n';
import type { Unplaced } from './row-place';

export type FixItem = Unplaced & { line: number };

interface Props {
  items: readonly FixItem[];
  /** false when the server has no place search: only coordinates can be typed */
  canSearch: boolean;
  search(text: string, signal: AbortSignal): Promise<GeoPlace[]>;
  /** a failed search in words */
  failure(e: unknown): string;
  onPick(line: number, link: GeocodeLink, place: GeoPlace): void;
  onCoordinates(line: number, link: GeocodeLink, text: string): void;
}

/**
 * The rows whose place was not found or not certain, one at a time: choose a candidate, search again
 * with other words, or type the coordinates. A fixed row leaves the list and the next one shows.
 */
export function PlaceFixer({ items, canSearch, search, failure, onPick, onCoordinates }: Props) {
  const t = useT();
  const [at, setAt] = useState(0);
  const index = Math.min(at, items.length - 1);
  const item = items[index];
  if (!item) return null;
  return (
    <section className="import-fixer" aria-labelledby="import-fixer-heading">
      <h3 id="import-fixer-heading">
        {t('import.fix.heading', { line: item.line, i: index + 1, n: items.length })}
      </h3>
      <FixOne
        key={`${item.line}:${item.link.field.id}`}
        item={item}
        canSearch={canSearch}
        search={search}
        failure={failure}
        onPick={onPick}
        onCoordinates={onCoordinates}
      />
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          disabled={index === 0}
          onClick={() => setAt(index - 1)}
        >
          {t('import.fix.previous')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={index >= items.length - 1}
          onClick={() => setAt(index + 1)}
        >
          {t('import.fix.next')}
        </button>
      </div>
    </section>
  );
}

function placeText(t: ReturnType<typeof useT>, p: GeoPlace): string {
  // A town's address starts with its name ("Bogor, West Java, Indonesia"): said once.
  const where =
    p.address === '' ? p.name : p.address.startsWith(p.name) ? p.address : `${p.name}, ${p.address}`;
  return t('import.fix.place', { place: where, precision: t(`import.precision.${p.precision}`) });
}

function FixOne({
  item,
  canSearch,
  search,
  failure,
  onPick,
  onCoordinates,
}: Omit<Props, 'items'> & { item: FixItem }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState(item.address);
  const [found, setFound] = useState<GeoPlace[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [coords, setCoords] = useState('');
  const [coordsError, setCoordsError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const candidates = found ?? (item.kind === 'none' ? [] : item.candidates);

  const runSearch = async (e: FormEvent) => {
    e.preventDefault();
    if (query.trim() === '') return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setSearching(true);
    setSearchError(null);
    try {
      setFound(await search(query.trim(), c.signal));
    } catch (err) {
      if (!c.signal.aborted) setSearchError(failure(err));
    } finally {
      if (!c.signal.aborted) setSearching(false);
    }
  };
  const useCoords = (e: FormEvent) => {
    e.preventDefault();
    if (parseCoordinates(coords) === null) setCoordsError(t('import.fix.coordinatesInvalid'));
    else onCoordinates(item.line, item.link, coords.trim());
  };

  return (
    <>
      <p>
        <span className="import-fix-address">{item.address}</span> — {t(`import.place.${item.kind}`)}
      </p>
      {candidates.length > 0 ? (
        <ul className="import-fix-candidates" aria-label={t('import.fix.candidates')}>
          {candidates.map((p, i) => (
            <li key={i}>
              <button
                type="button"
                className="button button-small"
                onClick={() => onPick(item.line, item.link, p)}
              >
                {placeText(t, p)}
              </button>
            </li>
          ))}
        </ul>
      ) : found !== null ? (
        <p className="muted">{t('import.fix.noResults')}</p>
      ) : null}
      {canSearch ? (
        <form className="import-fix-form" onSubmit={(e) => void runSearch(e)}>
          <label htmlFor={`${id}-q`}>{t('import.fix.search')}</label>
          <div className="import-fix-row">
            <input
              id={`${id}-q`}
              value={query}
              aria-invalid={searchError ? true : undefined}
              aria-describedby={searchError ? `${id}-qe` : undefined}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
            <button type="submit" className="button button-small" disabled={searching}>
              {t('import.fix.searchButton')}
            </button>
          </div>
          {searchError ? (
            <p id={`${id}-qe`} className="field-error" role="alert">
              {searchError}
            </p>
          ) : null}
        </form>
      ) : null}
      <form className="import-fix-form" onSubmit={useCoords}>
        <label htmlFor={`${id}-c`}>{t('import.fix.coordinates')}</label>
        <div className="import-fix-row">
          <input
            id={`${id}-c`}
            value={coords}
            inputMode="decimal"
            placeholder="-6.2, 106.8"
            aria-invalid={coordsError ? true : undefined}
            aria-describedby={coordsError ? `${id}-ce` : undefined}
            onChange={(e) => (setCoords(e.currentTarget.value), setCoordsError(null))}
          />
          <button type="submit" className="button button-small">
            {t('import.fix.useCoordinates')}
          </button>
        </div>
        {coordsError ? (
          <p id={`${id}-ce`} className="field-error" role="alert">
            {coordsError}
          </p>
        ) : null}
      </form>
    </>
  );
}

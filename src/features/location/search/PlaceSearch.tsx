import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Place } from '../../../api/places';
import { useQueryClient } from '@tanstack/react-query';
import { useConnection } from '../../../api/connection';
import { placeSearchQueryOptions, usePlaceSearch } from '../../../api/search-places';
import { useT } from '../../../i18n/i18n';
import { useCoarsePointer } from '../use-coarse-pointer';
import { placeErrorText } from './place-errors';
import { PlaceOption, precisionText } from './PlaceOption';
import { useDebounced } from './use-debounced';

// Short enough that the list follows the typing (the target is 150 ms to the list, docs/performance.md),
// long enough that a fast typist sends one request per pause rather than one per letter.
const DEBOUNCE_MS = 80;
const MIN_CHARS = 2;

export interface SearchRequest {
  text: string;
  seq: number;
  /** one result is taken at once ("Find on map"); otherwise the list is shown to choose from */
  pickSingle: boolean;
}

interface Props {
  /** false: search only on Enter or the Search button (a geocoder that forbids type-ahead) */
  typeAhead: boolean;
  onChoose(place: Place): void;
  /** a search asked for from outside the box: its text replaces what is typed */
  request?: SearchRequest;
}

/** "Search address or place": a WAI-ARIA combobox whose suggestions move the pin. */
export function PlaceSearch({ typeAhead, onChoose, request }: Props) {
  const t = useT();
  const coarse = useCoarsePointer();
  const ids = { input: useId(), list: useId(), status: useId(), error: useId(), hint: useId() };
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [typed, flush] = useDebounced(text.trim(), DEBOUNCE_MS);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [found, setFound] = useState<Place | null>(null);

  const wanted = typeAhead ? (typed.length >= MIN_CHARS ? typed : '') : asked;
  // the chosen place's name stands in the box: it is not searched for again
  const q = found && text === found.name ? '' : wanted;
  const search = usePlaceSearch(q);
  const fresh = q !== '' && search.isSuccess && !search.isPlaceholderData && !search.isFetching;
  const results = q === '' ? [] : (search.data ?? []);

  const choose = (place: Place) => {
    setText(place.name);
    setFound(place);
    setOpen(false);
    setActive(-1);
    onChoose(place);
  };
  const searchNow = (value: string) => {
    const v = value.trim();
    if (v === '') return;
    setFound(null);
    if (typeAhead) flush(v);
    else setAsked(v);
    setOpen(true);
  };

  // A new request (its seq) replaces the text at once (adjusted while rendering, so the old text never
  // shows), then its answer is awaited: one result is taken ("Find on map"), several are listed.
  const [seen, setSeen] = useState<number | undefined>(undefined);
  if (request && request.seq !== seen) {
    setSeen(request.seq);
    setText(request.text);
    searchNow(request.text);
  }
  const client = useQueryClient();
  const { connection } = useConnection();
  useEffect(() => {
    if (!request) return;
    let current = true;
    client.fetchQuery(placeSearchQueryOptions(connection, request.text.trim())).then(
      (list) => {
        if (!current) return;
        const [only] = list;
        if (request.pickSingle && only && list.length === 1) return choose(only);
        setOpen(true);
        input.current?.focus();
      },
      () => current && input.current?.focus(), // the error is shown beside the box
    );
    return () => {
      current = false;
    };
    // only a new request (its seq): the same one seen again after a re-render does not search again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.seq]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((a) => (!open || a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never the form's submit
      const picked = open && active >= 0 ? results[active] : undefined;
      if (picked) choose(picked);
      else searchNow(text);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = statusText();
  function statusText(): string {
    if (found && text === found.name)
      return t('place.found', { name: found.name, precision: precisionText(t, found.precision) });
    if (q === '' || search.isError) return '';
    if (search.isFetching) return t('place.searching');
    if (!fresh) return '';
    const count = search.data.length;
    if (count === 0) return t('place.noResults', { text: q });
    return count === 1 ? t('place.resultsOne') : t('place.resultsMany', { count });
  }
  const expanded = open && results.length > 0;
  const failed = q !== '' && search.isError;

  return (
    <div className="combobox place-search">
      <label htmlFor={ids.input}>{t('place.search')}</label>
      <div className="place-search-control">
        <input
          id={ids.input}
          ref={input}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-activedescendant={expanded && active >= 0 ? `${ids.list}-${active}` : undefined}
          aria-describedby={[failed && ids.error, ids.status, !typeAhead && ids.hint]
            .filter(Boolean)
            .join(' ')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFound(null);
            setActive(-1);
            setOpen(typeAhead);
          }}
          onFocus={(e) => {
            // on a phone the keyboard takes the lower half: the box goes up so the list shows under it
            if (coarse) e.currentTarget.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {typeAhead ? null : (
          <button type="button" className="button button-small" onClick={() => searchNow(text)}>
            {t('place.searchButton')}
          </button>
        )}
      </div>
      {typeAhead ? null : (
        <p className="hint" id={ids.hint}>
          {t('place.searchHint')}
        </p>
      )}
      {failed ? (
        <p className="field-error" id={ids.error} role="alert">
          {placeErrorText(t, search.error)}
        </p>
      ) : null}
      <ul id={ids.list} role="listbox" aria-label={t('place.search')} hidden={!expanded}>
        {results.map((place, i) => (
          // Keyboard users never focus an option: the input handles the keys (APG pattern).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${place.lat},${place.lng},${place.name}`}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'option option-active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(place)}
          >
            <PlaceOption place={place} />
          </li>
        ))}
      </ul>
      <p className="place-status" id={ids.status} role="status">
        {status}
      </p>
    </div>
  );
}

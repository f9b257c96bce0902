import { useId, useState, type ClipboardEvent, type ReactNode } from 'react';
import { formatCoordinates, readCoordinates, type LatLng } from '../../flow/coordinates';
import { useT, type Translate } from '../../i18n/i18n';
import { LazyMap } from './LazyMap';
import { useCoarsePointer } from './use-coarse-pointer';
import { useMyLocation, type LocateState } from './use-my-location';
import './location.css';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../../i18n/work';

export interface LocationFieldProps {
  /** id of the text input (the form's label points at it) */
  id: string;
  /** the field title: the map is named "<title> map" */
  label: string;
  /** the text as typed (may be half-typed or in any form readCoordinates reads) */
  value: string;
  /** a new text: typed, or "lat,lng" from the map, the hub or the device */
  onChange(value: string): void;
  /** the person finished typing (leaving the field, Enter) or pasted coordinates: the form reads `text` */
  onCommit(text: string): void;
  onBlur(): void;
  bindInput?(el: HTMLInputElement | null): void;
  required?: boolean;
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
  hub?: { lat: number; lng: number; name: string };
  /** shown right under the input: the form's error and its note on how the text was read */
  below?: ReactNode;
}

/**
 * Coordinates three ways: typed or pasted (the forms readCoordinates reads, map links too), picked on
 * the map (click or drag), or from the hub / the device.
 */
export function LocationField({ bindInput, onChange, ...p }: LocationFieldProps) {
  const t = useT();
  const coarse = useCoarsePointer();
  const hintId = useId();
  const [said, setSaid] = useState('');
  const set = (point: LatLng) => {
    const value = formatCoordinates(point);
    onChange(value);
    setSaid(value);
  };
  const mine = useMyLocation(set);
  const hub = p.hub ? { lat: p.hub.lat, lng: p.hub.lng } : undefined;
  const reading = readCoordinates(p.value, hub);

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text');
    if (!readCoordinates(pasted, hub).ok) return; // not coordinates: paste as usual and let validation speak
    e.preventDefault();
    setSaid('');
    p.onCommit(pasted);
  };

  return (
    <div className="location">
      <div className="location-controls">
        <input
          id={p.id}
          ref={bindInput}
          type="text"
          autoComplete="off"
          spellCheck={false}
          readOnly={p.readOnly}
          aria-required={p.required || undefined}
          aria-invalid={p.invalid || undefined}
          aria-describedby={[p.describedBy, hintId].filter(Boolean).join(' ')}
          value={p.value}
          onChange={(e) => {
            setSaid('');
            onChange(e.target.value);
          }}
          onPaste={p.readOnly ? undefined : onPaste}
          onKeyDown={(e) => {
            // before the form's Enter submits: what is sent is what the note says was read
            if (e.key === 'Enter') p.onCommit(e.currentTarget.value);
          }}
          onBlur={(e) => {
            p.onCommit(e.target.value);
            p.onBlur();
          }}
        />
        {p.below}
        <p className="hint" id={hintId}>
          {t(coarse ? 'location.hintTouch' : 'location.hint')}
        </p>
        <div className="location-buttons">
          <button
            type="button"
            className="button button-small"
            disabled={p.readOnly || !hub}
            onClick={() => hub && set(hub)}
          >
            {t('location.useHub')}
          </button>
          <button type="button" className="button button-small" disabled={p.readOnly} onClick={mine.locate}>
            {t('location.useMine')}
          </button>
        </div>
        <p className="location-status" role="status">
          {locateText(t, mine.state) || (said ? t('location.set', { value: said }) : '')}
        </p>
      </div>
      <div className="location-map">
        <LazyMap
          label={t('location.map', { title: p.label })}
          point={reading.ok ? reading.point : null}
          center={hub}
          centerLabel={p.hub ? t('location.hubMarker', { name: p.hub.name }) : undefined}
          onPick={p.readOnly ? undefined : set}
        />
      </div>
    </div>
  );
}

function locateText(t: Translate, state: LocateState): string {
  if (state === 'locating') return t('location.locating');
  if (state === 'denied') return t('location.denied');
  if (state === 'unavailable') return t('location.unavailable');
  return state === 'unsupported' ? t('location.noGeolocation') : '';
}

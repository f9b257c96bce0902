import { useId, useState, type ClipboardEvent } from 'react';
import { formatCoordinates, parseCoordinates, type LatLng } from '../../flow/coordinates';
import { useT, type Translate } from '../../i18n/i18n';
import { LazyMap } from './LazyMap';
import { useMyLocation, type LocateState } from './use-my-location';
import './location.css';

export interface LocationFieldProps {
  /** id of the text input (the form's label points at it) */
  id: string;
  /** the field title: the map is named "<label> map" */
  label: string;
  /** "lat,lng" as held by the form (may be half-typed) */
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  bindInput?(el: HTMLInputElement | null): void;
  required?: boolean;
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
  hub?: { lat: number; lng: number; name: string };
}

function normalise(text: string): string {
  const p = parseCoordinates(text);
  return p ? formatCoordinates(p) : text;
}

/**
 * Coordinates three ways: typed or pasted (`lat,lng`, `lat lng`, Google Maps / OpenStreetMap links, all
 * normalised to `lat,lng`), picked on the map (click or drag), or from the hub / the device.
 */
export function LocationField({ bindInput, onChange, ...p }: LocationFieldProps) {
  const t = useT();
  const hintId = useId();
  const [said, setSaid] = useState('');
  const set = (point: LatLng) => {
    const value = formatCoordinates(point);
    onChange(value);
    setSaid(value);
  };
  const mine = useMyLocation(set);
  const point = parseCoordinates(p.value);
  const hub = p.hub ? { lat: p.hub.lat, lng: p.hub.lng } : undefined;

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = parseCoordinates(e.clipboardData.getData('text'));
    if (!pasted) return; // not coordinates: paste as usual and let validation speak
    e.preventDefault();
    set(pasted);
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
          aria-describedby={[hintId, p.describedBy].filter(Boolean).join(' ')}
          value={p.value}
          onChange={(e) => {
            setSaid('');
            onChange(e.target.value);
          }}
          onPaste={p.readOnly ? undefined : onPaste}
          onBlur={(e) => {
            const tidy = normalise(e.target.value);
            if (tidy !== e.target.value) onChange(tidy);
            p.onBlur();
          }}
        />
        <p className="hint" id={hintId}>
          {t('location.hint')}
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
          point={point}
          center={hub}
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

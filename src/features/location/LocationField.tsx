import { useEffect, useId, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import type { Place } from '../../api/places';
import { usePlaceSettings } from '../../api/place-settings';
import { formatCoordinates, readCoordinates, type LatLng } from '../../flow/coordinates';
import { isUnreadMapLink, placeNameIn } from '../../flow/place-text';
import { useT, type Translate } from '../../i18n/i18n';
import { LazyMap } from './LazyMap';
import { AddressOffer, type AddressLink } from './search/AddressOffer';
import { PlaceSearch, type SearchRequest } from './search/PlaceSearch';
import { linkErrorText, useMapLink } from './search/use-map-link';
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
  /** a new text: typed, or "lat,lng" from the map, the hub, the device or a found place */
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
  /** the Address field this location is found from (a found address is offered for it) */
  address?: AddressLink;
  /** that Address field's "Find on map": search for its text */
  findRequest?: { text: string; seq: number };
}

/**
 * Coordinates four ways: typed or pasted (the forms readCoordinates reads, map links too, short ones
 * followed by the server), found by searching a place, picked on the map (click or drag), or from the
 * hub / the device.
 */
export function LocationField({ bindInput, onChange, ...p }: LocationFieldProps) {
  const t = useT();
  const coarse = useCoarsePointer();
  const hintId = useId();
  const linkErrorId = useId();
  const [said, setSaid] = useState('');
  // where the person put the pin, and the address of a place they chose: both offer an address
  const [placed, setPlaced] = useState<{ at: LatLng | null; known: string | null }>({
    at: null,
    known: null,
  });
  const [request, setRequest] = useState<SearchRequest>();
  const settings = usePlaceSettings().data;
  const searchable = settings !== undefined && settings.provider !== 'none' && !p.readOnly;
  const set = (point: LatLng) => {
    const value = formatCoordinates(point);
    onChange(value);
    setSaid(t('location.set', { value }));
  };
  const pick = (point: LatLng) => {
    set(point);
    setPlaced({ at: point, known: null });
  };
  const choose = (place: Place) => {
    set(place);
    setPlaced({ at: null, known: place.address || place.name });
  };
  const mine = useMyLocation(pick);
  const links = useMapLink((point) => {
    const value = formatCoordinates(point);
    onChange(value);
    setSaid(t('place.linkRead', { value }));
  });
  const ask = (text: string, pickSingle: boolean) =>
    setRequest((r) => ({ text, pickSingle, seq: (r?.seq ?? 0) + 1 }));
  // a request made before this field mounted (it was hidden, the form was reopened) is not acted on again
  const seenFind = useRef(p.findRequest?.seq);
  useEffect(() => {
    if (!p.findRequest || p.findRequest.seq === seenFind.current) return;
    seenFind.current = p.findRequest.seq;
    ask(p.findRequest.text, true);
  }, [p.findRequest]);
  const hub = p.hub ? { lat: p.hub.lat, lng: p.hub.lng } : undefined;
  const reading = readCoordinates(p.value, hub);
  const placeName = searchable ? placeNameIn(p.value) : null;

  const commit = (text: string) => {
    if (isUnreadMapLink(text)) links.read(text.trim());
    else p.onCommit(text);
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text');
    const isLink = isUnreadMapLink(pasted);
    if (!isLink && !readCoordinates(pasted, hub).ok) return; // paste as usual and let validation speak
    e.preventDefault();
    setSaid('');
    if (isLink) onChange(pasted.trim()); // on show while the server reads it
    commit(pasted);
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
          aria-invalid={p.invalid || links.link.state === 'failed' || undefined}
          aria-describedby={[p.describedBy, links.link.state === 'failed' && linkErrorId, hintId]
            .filter(Boolean)
            .join(' ')}
          value={p.value}
          onChange={(e) => {
            setSaid('');
            links.reset();
            setPlaced({ at: null, known: null });
            onChange(e.target.value);
          }}
          onPaste={p.readOnly ? undefined : onPaste}
          onKeyDown={(e) => {
            // before the form's Enter submits: what is sent is what the note says was read
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
          onBlur={(e) => {
            commit(e.target.value);
            p.onBlur();
          }}
        />
        {p.below}
        {links.link.state === 'failed' ? (
          <p className="field-error" id={linkErrorId} role="alert">
            {linkErrorText(t, links.link.error)}
          </p>
        ) : null}
        {placeName ? (
          <div className="address-offer">
            <button type="button" className="button button-small" onClick={() => ask(placeName, false)}>
              {t('place.searchFor', { text: placeName })}
            </button>
          </div>
        ) : null}
        <p className="hint" id={hintId}>
          {t(coarse ? 'location.hintTouch' : 'location.hint')}
        </p>
        {searchable ? (
          <PlaceSearch typeAhead={settings.typeAhead} onChoose={choose} request={request} />
        ) : null}
        {p.address && !p.readOnly ? <AddressOffer address={p.address} {...placed} /> : null}
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
          {links.link.state === 'reading' ? t('place.readingLink') : locateText(t, mine.state) || said}
        </p>
      </div>
      <div className="location-map">
        <LazyMap
          label={t('location.map', { title: p.label })}
          point={reading.ok ? reading.point : null}
          center={hub}
          centerLabel={p.hub ? t('location.hubMarker', { name: p.hub.name }) : undefined}
          onPick={p.readOnly ? undefined : pick}
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

// The Leaflet map: Leaflet is imported only by the modules of this chunk, loaded with React.lazy, and
// fetched only when a flow has a location field (or a created task has a location).
import 'leaflet/dist/leaflet.css';
import './leaflet-icons';
import type {
  FitBoundsOptions,
  LatLngBoundsExpression,
  LeafletMouseEvent,
  Marker as LeafletMarker,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { distanceKm, type LatLng } from '../../flow/coordinates';
import { useLanguage, useT } from '../../i18n/i18n';
import { HubMark, MapControls } from './map-controls';
import type { MapPickerProps } from './map-props';
import { tileAttribution, TILE_URL } from './tile-config';
import { useTouchGestures } from './touch-gestures';
import { useCoarsePointer } from './use-coarse-pointer';

// Without a hub or a point the map opens on Indonesia, where MileApp's customers mostly work.
const FALLBACK: LatLng = { lat: -2.5, lng: 118 };
const CLOSE_ZOOM = 15;
// A point this close to the hub is first shown together with it: the hub is the reference without tiles.
const SHOW_BOTH_KM = 50;
const BOUNDS_OPTIONS: FitBoundsOptions = { padding: [48, 48], maxZoom: CLOSE_ZOOM };

type View = { center: LatLng; zoom: number } | { bounds: LatLngBoundsExpression };

function startView(point: LatLng | null, hub: LatLng | undefined): View {
  if (point && hub && distanceKm(point, hub) <= SHOW_BOTH_KM)
    return {
      bounds: [
        [point.lat, point.lng],
        [hub.lat, hub.lng],
      ],
    };
  const at = point ?? hub;
  return at ? { center: at, zoom: CLOSE_ZOOM } : { center: FALLBACK, zoom: 4 };
}

export function MapPicker({ label, point, center, centerLabel, onPick, height = 320 }: MapPickerProps) {
  const t = useT();
  const { lang } = useLanguage();
  const coarse = useCoarsePointer();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [twoFingers, setTwoFingers] = useState(false);
  const [view] = useState(() => startView(point, center));
  const tileEvents = useMemo(
    () => ({ tileerror: () => setTilesFailed(true), tileload: () => setTilesFailed(false) }),
    [],
  );
  const tilesFailedText = !onPick
    ? 'location.tilesFailedView'
    : coarse
      ? 'location.tilesFailedTouch'
      : 'location.tilesFailed';
  return (
    <>
      <div className="map-picker" style={{ height }}>
        <MapContainer
          {...view}
          boundsOptions={BOUNDS_OPTIONS}
          className="map"
          scrollWheelZoom={false}
          zoomControl={false}
          attributionControl={false}
        >
          <TileLayer key={lang} url={TILE_URL} attribution={tileAttribution(t)} eventHandlers={tileEvents} />
          <MapControls />
          <Accessible label={label} />
          <Follow point={point} center={center} />
          <Gestures onHint={setTwoFingers} />
          {onPick ? <ClickToPick onPick={onPick} /> : null}
          {center && centerLabel ? <HubMark at={center} label={centerLabel} /> : null}
          {point ? <PointMarker point={point} onPick={onPick} title={t('location.marker')} /> : null}
        </MapContainer>
        {twoFingers ? (
          <p className="map-gesture-hint" role="status">
            {t('location.twoFingers')}
          </p>
        ) : null}
      </div>
      {/* under the map, not over it: it would hide the marks that are all there is to see */}
      {tilesFailed ? (
        <p className="map-notice" role="status">
          {t(tilesFailedText)}
        </p>
      ) : null}
    </>
  );
}

function Gestures({ onHint }: { onHint(show: boolean): void }) {
  useTouchGestures(onHint);
  return null;
}

/** Leaflet's container is the focusable element: it carries the map's role and name. */
function Accessible({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}

/**
 * Typing moves the marker into view, with the hub when it is near (the reference when no map images
 * load); a new hub recentres the map while no point is chosen.
 */
function Follow({ point, center }: { point: LatLng | null; center?: LatLng }) {
  const map = useMap();
  useEffect(() => {
    if (!point || map.getBounds().contains(point)) return;
    const view = startView(point, center);
    if ('bounds' in view) map.fitBounds(view.bounds, BOUNDS_OPTIONS);
    else map.setView(point, Math.max(map.getZoom(), CLOSE_ZOOM));
    // only when the point moves: a new hub does not move the view away from the chosen point
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, point]);
  const hasPoint = point !== null;
  useEffect(() => {
    if (center && !hasPoint) map.setView(center, CLOSE_ZOOM);
    // only when the hub itself changes, not when a point is cleared
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, center?.lat, center?.lng]);
  return null;
}

function ClickToPick({ onPick }: { onPick(p: LatLng): void }) {
  useMapEvents({ click: (e: LeafletMouseEvent) => onPick({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

function PointMarker({
  point,
  onPick,
  title,
}: {
  point: LatLng;
  onPick?: (p: LatLng) => void;
  title: string;
}) {
  const ref = useRef<LeafletMarker | null>(null);
  const events = useMemo(
    () => ({
      dragend: () => {
        const at = ref.current?.getLatLng();
        if (at && onPick) onPick({ lat: at.lat, lng: at.lng });
      },
    }),
    [onPick],
  );
  return (
    <Marker
      ref={ref}
      position={point}
      draggable={onPick !== undefined}
      eventHandlers={events}
      title={title}
      alt={title}
      keyboard={false}
    />
  );
}

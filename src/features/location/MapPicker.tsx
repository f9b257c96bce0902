// The Leaflet map: the only module that imports Leaflet, loaded with React.lazy so Leaflet is its own
// chunk, fetched only when a flow has a location field (or a created task has a location).
import 'leaflet/dist/leaflet.css';
import './leaflet-icons';
import type { LeafletMouseEvent, Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { LatLng } from '../../flow/coordinates';
import { useT } from '../../i18n/i18n';
import type { MapPickerProps } from './map-props';
import { TILE_ATTRIBUTION, TILE_URL } from './tile-config';

// Without a hub or a point the map opens on Indonesia, where MileApp's customers mostly work.
const FALLBACK: LatLng = { lat: -2.5, lng: 118 };
const CLOSE_ZOOM = 15;

export function MapPicker({ label, point, center, onPick, height = 320 }: MapPickerProps) {
  const t = useT();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [start] = useState(() => ({
    at: point ?? center ?? FALLBACK,
    zoom: point || center ? CLOSE_ZOOM : 4,
  }));
  const tileEvents = useMemo(
    () => ({ tileerror: () => setTilesFailed(true), tileload: () => setTilesFailed(false) }),
    [],
  );
  return (
    <div className="map-picker" style={{ height }}>
      <MapContainer center={start.at} zoom={start.zoom} className="map" scrollWheelZoom={false}>
        <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} eventHandlers={tileEvents} />
        <Accessible label={label} />
        <Follow point={point} center={center} />
        {onPick ? <ClickToPick onPick={onPick} /> : null}
        {point ? <PointMarker point={point} onPick={onPick} title={t('location.marker')} /> : null}
      </MapContainer>
      {tilesFailed ? (
        <p className="map-notice" role="status">
          {t(onPick ? 'location.tilesFailed' : 'location.tilesFailedView')}
        </p>
      ) : null}
    </div>
  );
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

/** Typing moves the marker into view; a new hub recentres the map while no point is chosen. */
function Follow({ point, center }: { point: LatLng | null; center?: LatLng }) {
  const map = useMap();
  useEffect(() => {
    if (point && !map.getBounds().contains(point)) map.setView(point, Math.max(map.getZoom(), CLOSE_ZOOM));
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

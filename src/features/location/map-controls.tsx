// The map's controls and reference marks, in the reader's language. react-leaflet creates a control once,
// so each one is keyed by the language: switching it builds the control again with the new texts.
import L from 'leaflet';
import { AttributionControl, CircleMarker, ScaleControl, Tooltip, ZoomControl } from 'react-leaflet';
import type { LatLng } from '../../flow/coordinates';
import { useLanguage, useT, type Translate } from '../../i18n/i18n';

const TITLE = /title="[^"]*"/;

// Leaflet's own prefix (its link and flag) with its English title translated.
function leafletPrefix(t: Translate): string {
  const prefix: unknown = L.Control.Attribution.prototype.options.prefix;
  const text = typeof prefix === 'string' ? prefix : 'Leaflet';
  return text.replace(TITLE, `title="${t('location.leaflet')}"`);
}

export function MapControls() {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <>
      <ZoomControl
        key={`zoom-${lang}`}
        zoomInTitle={t('location.zoomIn')}
        zoomOutTitle={t('location.zoomOut')}
      />
      <AttributionControl key={`attribution-${lang}`} prefix={leafletPrefix(t)} />
      <ScaleControl imperial={false} />
    </>
  );
}

/**
 * The hub as a drawn mark with its name beside it: both are vector and text, so they show where the hub
 * is, and how far the chosen point lies from it, even when no map image loads. Clicks go through to the map.
 */
export function HubMark({ at, label }: { at: LatLng; label: string }) {
  return (
    <CircleMarker
      center={at}
      radius={8}
      interactive={false}
      pathOptions={{ color: '#0b4f8a', weight: 3, fillColor: '#ffffff', fillOpacity: 1 }}
    >
      <Tooltip permanent direction="auto" offset={[10, 0]} className="hub-label">
        {label}
      </Tooltip>
    </CircleMarker>
  );
}

import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import type { MapPickerProps } from './map-props';

// A separate chunk: Leaflet (~150 kB) is only fetched when a map is actually shown.
const MapPicker = lazy(() => import('./MapPicker').then((m) => ({ default: m.MapPicker })));

/** The map, loaded on first use; while loading it says so, and if the chunk fails the field still works. */
export function LazyMap(props: MapPickerProps) {
  const t = useT();
  return (
    <MapBoundary fallback={<p className="map-placeholder">{t('location.mapFailed')}</p>}>
      <Suspense
        fallback={
          <p className="map-placeholder" role="status">
            {t('location.loadingMap')}
          </p>
        }
      >
        <MapPicker {...props} />
      </Suspense>
    </MapBoundary>
  );
}

class MapBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // A failed chunk download (offline, a new deployment) is not a bug worth console.error.
    console.warn('The map could not be loaded', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

// Leaflet needs a real layout: the whole-app tests stub the map module with this, everything else is the
// real app. A module of its own (no app import) so that a vi.mock factory can load it:
//   vi.mock('../features/location/MapPicker', () => import('./map-picker-stub'));
import type { MapPickerProps } from '../features/location/map-props';

export function MapPicker({ label, point }: MapPickerProps) {
  return (
    <div role="img" aria-label={label}>
      {point ? `${point.lat},${point.lng}` : 'no point'}
    </div>
  );
}

// Where features meet: the location feature's field and map plugged into the form and the result view
// (features never import each other; docs/architecture.md).
import type { ReactNode } from 'react';
import type { LatLng } from '../flow/coordinates';
import { LocationField } from '../features/location/LocationField';
import { LocationPreview } from '../features/location/LocationPreview';
import type { RenderLocation } from '../features/task-form/form-context';

export const renderLocation: RenderLocation = (props) => <LocationField {...props} />;

export const renderResultMap = (point: LatLng, label: string): ReactNode => (
  <LocationPreview point={point} label={label} />
);

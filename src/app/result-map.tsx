import type { ReactNode } from 'react';
import type { LatLng } from '../flow/coordinates';

// Filled in when src/features/location/ exports a read-only map; until then the coordinates show as text.
export const renderResultMap: ((point: LatLng, label: string) => ReactNode) | undefined = undefined;

import type { LatLng } from '../../flow/coordinates';

/** What the lazily loaded map takes (the module itself is the only place Leaflet is imported). */
export interface MapPickerProps {
  /** accessible name of the map: "<title> map" */
  label: string;
  /** the chosen point: the marker */
  point: LatLng | null;
  /** where to look when nothing is chosen (the hub): marked on the map, with a label that needs no tiles */
  center?: LatLng;
  /** the label of that mark ("Hub Jakarta") */
  centerLabel?: string;
  /** a click or a marker drag; absent = a read-only map */
  onPick?(p: LatLng): void;
  /** map height in CSS pixels */
  height?: number;
}

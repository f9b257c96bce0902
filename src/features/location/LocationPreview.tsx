import type { LatLng } from '../../flow/coordinates';
import { useT } from '../../i18n/i18n';
import { LazyMap } from './LazyMap';
import './location.css';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../../i18n/work';

/** A read-only map of one point (the created task's expected location), named "<label> map". */
export function LocationPreview({
  point,
  label,
  height = 240,
}: {
  point: LatLng;
  label: string;
  height?: number;
}) {
  const t = useT();
  return <LazyMap label={t('location.map', { title: label })} point={point} height={height} />;
}

import type { Place, PlacePrecision } from '../../../api/places';
import { useT, type Translate } from '../../../i18n/i18n';

export const precisionText = (t: Translate, p: PlacePrecision): string => t(`place.precision.${p}`);

/** One suggestion: its name, its address and how precise it is. */
export function PlaceOption({ place }: { place: Place }) {
  const t = useT();
  return (
    <span className="place-option">
      <span className="place-name">{place.name}</span>
      <span className={`place-precision place-precision-${place.precision}`}>
        {precisionText(t, place.precision)}
      </span>
      {place.address !== '' && place.address !== place.name ? (
        <span className="place-address">{place.address}</span>
      ) : null}
    </span>
  );
}

import { useState } from 'react';
import { useReversePlace } from '../../../api/reverse-place';
import type { LatLng } from '../../../flow/coordinates';
import { useT } from '../../../i18n/i18n';

/** The Address field a location is found from: its label, its text, and filling it as if typed. */
export interface AddressLink {
  label: string;
  text: string;
  fill(text: string): void;
}

interface Props {
  address: AddressLink;
  /** a point the person placed (map, drag, device): its address is looked up */
  at: LatLng | null;
  /** the address of a place chosen from the search: no lookup needed */
  known: string | null;
}

/**
 * The address found for the pin, offered for the linked Address field: "Use this address" when it is
 * empty, "Replace … with …" when it has text. Only a press fills it: typed text is never overwritten.
 */
export function AddressOffer({ address, at, known }: Props) {
  const t = useT();
  const reverse = useReversePlace(known === null ? at : null);
  const place = reverse.data;
  const candidate = known ?? (place ? place.address || place.name : null);
  const [filled, setFilled] = useState<string | null>(null);
  const typed = address.text.trim();
  if (candidate === null || candidate === '') return null;
  if (typed === candidate.trim())
    return filled === candidate ? (
      <p className="location-status" role="status">
        {t('place.addressFilled', { label: address.label })}
      </p>
    ) : null;
  return (
    <div className="address-offer">
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          address.fill(candidate);
          setFilled(candidate);
        }}
      >
        {typed === ''
          ? t('place.useAddress', { address: candidate })
          : t('place.replaceAddress', { label: address.label, address: candidate })}
      </button>
    </div>
  );
}

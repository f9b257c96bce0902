// Which Address field a location field is found from (src/flow/address-link.ts), by form name, and the
// "Find on map" requests an Address field hands to its location field (they are separate rows).
import { addressLinks } from '../../../flow/address-link';
import type { FormModel } from './form-model';

export interface FindRequest {
  text: string;
  /** tells two requests of the same text apart: pressing again searches again */
  seq: number;
}

export interface PlaceLinks {
  /** the Address linked to the location field `geoName` */
  addressOf(geoName: string): { name: string; title: string } | undefined;
  /** the location field linked to the Address field `addressName` */
  locationOf(addressName: string): string | undefined;
  find(geoName: string, text: string): void;
  requestOf(geoName: string): FindRequest | undefined;
  subscribe(listener: () => void): () => void;
}

export function createPlaceLinks(model: FormModel): PlaceLinks {
  const toAddress = new Map<string, { name: string; title: string }>();
  const toLocation = new Map<string, string>();
  for (const [geoId, addressId] of addressLinks(model.flow.fields)) {
    const geoName = model.nameOf(geoId);
    const addressName = model.nameOf(addressId);
    const title = model.flow.fields.find((f) => f.id === addressId)?.title ?? addressId;
    if (geoName === undefined || addressName === undefined) continue;
    toAddress.set(geoName, { name: addressName, title });
    toLocation.set(addressName, geoName);
  }
  const requests = new Map<string, FindRequest>();
  const listeners = new Set<() => void>();
  let seq = 0;
  return {
    addressOf: (geoName) => toAddress.get(geoName),
    locationOf: (addressName) => toLocation.get(addressName),
    find(geoName, text) {
      requests.set(geoName, { text, seq: ++seq });
      for (const l of listeners) l();
    },
    requestOf: (geoName) => requests.get(geoName),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

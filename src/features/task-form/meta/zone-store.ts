// The time zone the start and end are meant in, shared by the times' label (which sets it from the
// chosen hub) and whatever builds the body (the resolver, the submit, the preview), none of which render.
export interface ZoneStore {
  /** the hub's IANA zone; undefined: the device's zone */
  get(): string | undefined;
  set(zone: string | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createZoneStore(): ZoneStore {
  let zone: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => zone,
    set(next) {
      if (next === zone) return;
      zone = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

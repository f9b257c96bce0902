import { useSyncExternalStore } from 'react';

// A finger is the main pointer (phones, tablets): texts say "tap" instead of "click", and the map leaves
// one-finger swipes to the page.
const QUERY = '(pointer: coarse)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

function isCoarsePointer(): boolean {
  return media()?.matches ?? false;
}

/** True while the primary pointer is a finger; follows changes (a tablet docked to a keyboard and mouse). */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, isCoarsePointer, () => false);
}

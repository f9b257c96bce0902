import { useState } from 'react';
import type { LatLng } from '../../flow/coordinates';

export type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported';

/** The browser's geolocation, one reading at a time, with the outcome as a state to announce. */
export function useMyLocation(onFound: (p: LatLng) => void) {
  const [state, setState] = useState<LocateState>('idle');
  const locate = () => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState('unsupported');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState('idle');
        onFound({ lat: pos.coords.latitude, lng: pos.coords.longitude });
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { state, locate };
}

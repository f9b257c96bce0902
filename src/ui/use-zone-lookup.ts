import { useEffect, useState } from 'react';
import { loadZoneLookup, type ZoneLookup } from '../flow/time-zones';

type State = { lookup?: ZoneLookup; loading: boolean };

let loaded: ZoneLookup | undefined;

/**
 * The coordinates-to-zone lookup once its chunk is in. `loading` turns false without a lookup when the
 * chunk cannot load (offline before it was ever fetched): times then stay in the device's zone.
 */
export function useZoneLookup(): State {
  const [state, setState] = useState<State>(() => ({ lookup: loaded, loading: loaded === undefined }));
  useEffect(() => {
    if (loaded) return undefined;
    let live = true;
    loadZoneLookup().then(
      (fn) => {
        loaded = fn;
        if (live) setState({ lookup: fn, loading: false });
      },
      () => live && setState({ loading: false }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

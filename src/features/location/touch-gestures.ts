import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useCoarsePointer } from './use-coarse-pointer';

const HINT_MS = 1500;

/**
 * On a phone the map sits in a scrolling page: one finger scrolls the page (Leaflet's dragging is off,
 * so its CSS leaves pan gestures to the browser) and two fingers move and zoom the map (Leaflet's touch
 * zoom follows the fingers). A one-finger swipe over the map asks for `hint` to say so.
 */
export function useTouchGestures(hint: (show: boolean) => void): void {
  const map = useMap();
  const coarse = useCoarsePointer();
  useEffect(() => {
    if (!coarse) {
      map.dragging.enable();
      return;
    }
    map.dragging.disable();
    const el = map.getContainer();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const move = (e: TouchEvent) => {
      clearTimeout(timer);
      // a finger dragging the marker moves the marker, not the page
      const onMarker = e.target instanceof Element && e.target.closest('.leaflet-marker-icon') !== null;
      hint(e.touches.length === 1 && !onMarker);
    };
    const end = (e: TouchEvent) => {
      if (e.touches.length > 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => hint(false), HINT_MS);
    };
    const options = { passive: true };
    el.addEventListener('touchmove', move, options);
    el.addEventListener('touchend', end, options);
    el.addEventListener('touchcancel', end, options);
    return () => {
      clearTimeout(timer);
      el.removeEventListener('touchmove', move);
      el.removeEventListener('touchend', end);
      el.removeEventListener('touchcancel', end);
      hint(false);
    };
  }, [map, coarse, hint]);
}

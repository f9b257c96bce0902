import { useState } from 'react';
import { isApiError } from '../../../api/http';
import { useResolveMapLink } from '../../../api/resolve-map-link';
import type { LatLng } from '../../../flow/coordinates';
import type { Translate } from '../../../i18n/i18n';

export type LinkState =
  { state: 'idle' } | { state: 'reading'; url: string } | { state: 'failed'; error: unknown };

/** A shared map link whose coordinates are not in the link itself, followed by the server. */
export function useMapLink(onFound: (p: LatLng) => void) {
  const resolve = useResolveMapLink();
  const [link, setLink] = useState<LinkState>({ state: 'idle' });
  return {
    link,
    read(url: string) {
      if (link.state === 'reading' && link.url === url) return;
      setLink({ state: 'reading', url });
      resolve.mutate(url, {
        onSuccess: (r) => {
          setLink({ state: 'idle' });
          onFound({ lat: r.lat, lng: r.lng });
        },
        onError: (error) => setLink({ state: 'failed', error }),
      });
    },
    reset: () => setLink({ state: 'idle' }),
  };
}

/** The server says which links it follows (place-020) or that the page had no point (place-021). */
export function linkErrorText(t: Translate, error: unknown): string {
  if (isApiError(error)) {
    if (error.failedCode === 'place-022' || error.kind === 'timeout') return t('place.linkTimeout');
    if (error.kind === 'network') return t('place.unreachable');
    return t('place.linkFailed', { message: error.message });
  }
  return t('place.linkFailed', { message: error instanceof Error ? error.message : String(error) });
}

// Registers the offline app shell (docs/decisions/024) once the first screen is up, so the worker's
// install (it downloads the whole build) never competes with the first load.
const WORKER_URL = '/sw.js';

/** This page's entry script, as the worker lists it: a worker of the same build may take over. */
function entryScript(): string | null {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  return src ? new URL(src).pathname : null;
}

function offerTakeover(registration: ServiceWorkerRegistration): void {
  const entry = entryScript();
  if (registration.waiting && entry) registration.waiting.postMessage({ type: 'activate-if-mine', entry });
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker
      .register(WORKER_URL, { scope: '/' })
      .then((registration) => {
        offerTakeover(registration);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offerTakeover(registration);
          });
        });
      })
      .catch((error: unknown) => console.warn('The offline app shell could not be installed', error));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

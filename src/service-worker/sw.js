// The offline app shell (docs/decisions/024): the build's files are cached at install so the app opens
// without a network; the API and other origins (map tiles) are never touched, so the outbox and its
// idempotency keys see the network exactly as without a worker. vite.config.ts fills in BUILD.
/* global self, caches, fetch, Request, URL, setTimeout */
const BUILD = { version: 'dev', files: ['/index.html'] };

const CACHE = `app-shell-${BUILD.version}`;
const INDEX = '/index.html';
// A network that neither answers nor fails (a weak signal) would otherwise keep the page blank.
const NAVIGATION_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  // 'no-cache': the browser's HTTP cache must not hand an older index.html to a new worker.
  const requests = BUILD.files.map((url) => new Request(url, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('app-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      // The first install takes the page that installed it, so its lazy chunks already work offline.
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over once it runs that worker's own build (see register.ts):
// it then needs that worker's files, and a page of the old build is never left without its own.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'activate-if-mine' && BUILD.files.includes(data.entry)) void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (BUILD.files.includes(url.pathname)) event.respondWith(cacheFirst(request));
});

async function networkFirst(request) {
  const cached = () => caches.open(CACHE).then((cache) => cache.match(INDEX));
  try {
    return await Promise.race([
      fetch(request),
      new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), NAVIGATION_TIMEOUT_MS)),
    ]);
  } catch (error) {
    const page = await cached();
    if (page) return page;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
}

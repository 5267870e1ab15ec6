// The service worker (built to /sw.js by web/service-worker-plugin.ts, not part of the app's bundle).
// It keeps the app shell so that Envol opens without network, and nothing else: API answers
// (/api/*) never pass through it, so no one's data lands in a cache the next person could read.
// The last data a young person saw is kept by the app itself, per session (lib/offline-copies.ts).

/** Filled in at build: the files of the shell (index, config, manifest, icons, entry script and style). */
declare const __ENVOL_PRECACHE__: string[];
/** Filled in at build: changes whenever a file of the build changes, so the new shell replaces the old. */
declare const __ENVOL_VERSION__: string;

// The few service-worker types used, declared here: the project's type check uses the DOM library.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const worker = globalThis as unknown as ServiceWorkerScope;
const SHELL = `envol-shell-${__ENVOL_VERSION__}`;
/** Answered from the network first (they change at a deploy), from the cache when offline. */
const FRESH_FIRST = new Set(['/', '/index.html', '/config.json', '/manifest.webmanifest']);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(__ENVOL_PRECACHE__))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('envol-') && name !== SHELL).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  // Personal data and the dev sign-in: always the network, never a cache.
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/dev/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(freshFirst(request, '/'));
  } else if (FRESH_FIRST.has(url.pathname)) {
    event.respondWith(freshFirst(request, url.pathname));
  } else {
    event.respondWith(cachedFirst(request, url.pathname.startsWith('/assets/')));
  }
});

/** The network's answer, kept for offline; the kept one when the network fails. */
async function freshFirst(request: Request, cacheKey: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      void caches.open(SHELL).then((cache) => cache.put(cacheKey, copy));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

/** Content-hashed files never change: the cached copy, else the network's (kept for the pages visited online). */
async function cachedFirst(request: Request, keep: boolean): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (keep && response.ok) {
    const copy = response.clone();
    void caches.open(SHELL).then((cache) => cache.put(request, copy));
  }
  return response;
}

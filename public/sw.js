// Shutaf's service worker: the app's own files, kept for use with no connection.
//
// Cache-first: every file of the build is stored at install under a cache named after the
// build (scripts/postbuild.mjs writes BUILD, a hash of every file, and FILES, their relative
// paths), and served from there; anything else of the app's origin goes to the network. Paths
// are relative to this file, so the app works from any folder of any host.
//
// Updates: a changed build changes this file, so the browser installs the new worker beside
// the old one. The new one WAITS (no skipWaiting at install): a page running the old app keeps
// the old files (its wasm and its text tables belong together) until the user chooses Reload
// in the app's "new version" prompt, which posts 'skip-waiting'; the old cache is then deleted.
const BUILD = 'dev';
const FILES = ['./', 'index.html'];
const CACHE = `shutaf-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shutaf-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page address (with or without index.html, any query) is the app's page; the
      // fragment that carries a code never reaches here.
      const hit = request.mode === 'navigate'
        ? await cache.match('index.html')
        : await cache.match(request, { ignoreSearch: true });
      return hit ?? fetch(request);
    }),
  );
});

// The handbook's service worker. The build prepends VERSION, BASE and PRECACHE (see ./integration.ts).
/* global VERSION, BASE, PRECACHE */

const CACHE_PREFIX = 'handbook-';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
// Revisions of what a cache holds, kept in the cache itself so the next version can reuse unchanged files.
const REVISIONS = `${BASE}__precache-revisions.json`;
// A page comes from the network when it answers within this long, so a fix deployed mid-incident shows
// at once; a host that is down or hanging, or a weak link, gets the offline copy instead. A healthy
// internal network answers well within it.
const PAGE_TIMEOUT_MS = 1000;

self.addEventListener('install', (event) => {
  event.waitUntil(cacheBuild().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOtherVersions().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE))
    return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : asset(request, url));
});

/** Fetches every file of this version, copying those whose revision did not change from the last one. */
async function cacheBuild() {
  const cache = await caches.open(CACHE);
  const previous = await previousCopy();
  await Promise.all(
    PRECACHE.map(async ([url, revision]) => {
      const reused = previous.revisions[url] === revision ? await previous.cache.match(url) : undefined;
      if (reused) return cache.put(url, reused);
      // 'no-cache' revalidates with the server, so a stale HTTP cache entry never enters the offline copy.
      const response = await fetch(url, { cache: 'no-cache' });
      // A redirect is the SSO proxy's sign-in page, not the file: fail and try again on a later visit.
      if (!response.ok || response.redirected)
        throw new Error(`Offline copy: ${url} answered ${response.status}`);
      return cache.put(url, response);
    }),
  );
  // Written last, so only a complete copy ever has it.
  await cache.put(REVISIONS, new Response(JSON.stringify(Object.fromEntries(PRECACHE))));
}

/** The newest complete copy of another version; an install cut short by a weak link left an incomplete one. */
async function previousCopy() {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    const stored = await cache.match(REVISIONS);
    if (stored) return { cache, revisions: await stored.json() };
  }
  return { cache: undefined, revisions: {} };
}

async function dropOtherVersions() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)),
  );
}

/** The cached copy of `pathname`, ignoring the query (Pagefind adds `?ts=`) and `Vary`. */
async function cached(pathname) {
  const cache = await caches.open(CACHE);
  const options = { ignoreVary: true };
  return (
    (await cache.match(pathname, options)) ??
    // `/runbooks/restart` is served as `/runbooks/restart/` by the host; do the same offline.
    (pathname.endsWith('/') ? undefined : await cache.match(`${pathname}/`, options))
  );
}

async function page(request, url) {
  const offline = async () => (await cached(url.pathname)) ?? notFound();
  // Aborting leaves a weak link's bandwidth to what the page needs next.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PAGE_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: abort.signal });
    // A proxy in front of a dead host answers 502/504: the offline copy is more use than that.
    return response.status >= 500 ? ((await cached(url.pathname)) ?? response) : response;
  } catch {
    return offline();
  } finally {
    clearTimeout(timer);
  }
}

async function asset(request, url) {
  return (await cached(url.pathname)) ?? fetch(request);
}

async function notFound() {
  const body = await cached(`${BASE}404.html`);
  return body ? new Response(body.body, { status: 404, headers: body.headers }) : Response.error();
}

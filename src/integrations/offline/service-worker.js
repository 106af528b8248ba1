// The handbook's service worker. The build prepends VERSION, BASE, PRECACHE and PAGE_TIMEOUT_MS
// (see ./integration.ts).
/* global VERSION, BASE, PRECACHE, PAGE_TIMEOUT_MS */

const CACHE_PREFIX = 'handbook-';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
// What a cache holds (revisions, and when the copy was complete), kept in the cache itself so the next
// version can reuse unchanged files and an offline page can say how old it is.
const REVISIONS = `${BASE}__precache-revisions.json`;
// Read by src/scripts/client/offline-notice.ts, which tells the reader.
const OFFLINE_MARK = 'handbook-offline-copy';

// Only the handbook's own files: every other path on the origin (another app, a sign-in proxy's
// /oauth2/ callbacks, a page this build does not have) goes to the network as if there were no worker.
const KNOWN = new Set(PRECACHE.map(([url]) => url));

self.addEventListener('install', (event) => {
  event.waitUntil(cacheBuild().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOtherVersions().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const known = knownPath(url.pathname);
  if (!known) return;
  event.respondWith(request.mode === 'navigate' ? page(request, known) : asset(request, known));
});

/** The URL the copy keeps `pathname` under, or undefined when the build has no such file. */
function knownPath(pathname) {
  if (KNOWN.has(pathname)) return pathname;
  // `/runbooks/restart` is served as `/runbooks/restart/` by the host; do the same offline.
  if (KNOWN.has(`${pathname}/`)) return `${pathname}/`;
  return undefined;
}

/** Fetches every file of this version, copying those whose revision did not change from the last one. */
async function cacheBuild() {
  const cache = await caches.open(CACHE);
  const previous = await previousCopy();
  await Promise.all(
    PRECACHE.map(async ([url, revision]) => {
      const reused = previous.revisions[url] === revision ? await previous.cache.match(url) : undefined;
      if (reused) return cache.put(url, reused);
      return cache.put(url, await fetchRevision(url, revision));
    }),
  );
  // Written last, so only a complete copy ever has it.
  const saved = { savedAt: new Date().toISOString(), revisions: Object.fromEntries(PRECACHE) };
  await cache.put(REVISIONS, new Response(JSON.stringify(saved)));
}

/**
 * The file at `url` whose content has `revision`. The browser's HTTP cache is used when it holds the
 * right bytes (the search warm-up has just fetched the index); an old copy there, or a host that answers
 * "not modified" because file times and sizes did not change, is caught by the hash and fetched again.
 */
async function fetchRevision(url, revision) {
  for (const cache of ['default', 'reload']) {
    const response = await fetch(url, { cache });
    // A redirect is the SSO proxy's sign-in page, not the file: fail and try again on a later visit.
    if (!response.ok || response.redirected)
      throw new Error(`Offline copy: ${url} answered ${response.status}`);
    if ((await revisionOf(response.clone())) === revision) return response;
  }
  throw new Error(`Offline copy: ${url} is not the file this version lists (an old copy in between?)`);
}

/** The first 16 hex digits of the SHA-256 of a body, as the build computes revisions. */
async function revisionOf(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

/** What a complete copy recorded; copies made before `savedAt` existed stored the revisions alone. */
async function savedState(cache) {
  const stored = await cache.match(REVISIONS);
  if (!stored) return undefined;
  const state = await stored.json();
  return state.revisions ? state : { savedAt: undefined, revisions: state };
}

/** The newest complete copy of another version; an install cut short by a weak link left an incomplete one. */
async function previousCopy() {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    const state = await savedState(cache);
    if (state) return { cache, revisions: state.revisions };
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

/** The cached copy of a known URL, ignoring the query (Pagefind adds `?ts=`) and `Vary`. */
async function cached(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url, { ignoreVary: true });
}

async function page(request, known) {
  // Aborting leaves a weak link's bandwidth to what the page needs next.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PAGE_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: abort.signal });
    // A proxy in front of a dead host answers 502/504: the offline copy is more use than that.
    return response.status >= 500 ? ((await offlinePage(known)) ?? response) : response;
  } catch {
    return (await offlinePage(known)) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

/** The offline copy of a page, marked with when the copy was saved so the page can tell the reader. */
async function offlinePage(known) {
  const copy = await cached(known);
  if (!copy) return undefined;
  const state = await savedState(await caches.open(CACHE));
  const html = await copy.text();
  const mark = `<meta name="${OFFLINE_MARK}" content="${state?.savedAt ?? ''}">`;
  const marked = html.replace(/<head>/i, (head) => `${head}${mark}`);
  const headers = new Headers(copy.headers);
  headers.delete('content-length');
  return new Response(marked, { status: copy.status, statusText: copy.statusText, headers });
}

async function asset(request, known) {
  return (await cached(known)) ?? fetch(request);
}

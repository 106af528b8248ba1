/**
 * Says when the page's search is ready and the page has nothing more of its own to fetch. Search
 * answers from the compact incident index that arrives inside the page (search-quick.ts), so a page
 * view downloads none of Pagefind's index: full-text search loads only when the reader opens search
 * (search-full.ts). Once the page is idle, and any full-text search the reader started has loaded,
 * the page marks search ready and fires the event the offline copy waits for
 * (src/integrations/offline/integration.ts), so the copy never competes with what the reader asked for.
 */
// bench/weak-connection.ts and tests read this mark: search answers, and the page has loaded what it needs.
const searchReadyMark = 'handbook:search-ready';
// The offline copy waits for this (src/integrations/offline/integration.ts), so it never competes.
const warmEvent = 'handbook:search-warm';
// Fired by the search dialog (search-dialog.ts) once the full-text search it loaded is in place.
const fullSearchEvent = 'handbook:search-full';

/** Resolves once a full-text search the reader opened has loaded; at once when none was opened. */
function fullSearchSettled(): Promise<void> {
  const search = document.querySelector('site-search') as (Element & { searching?: boolean }) | null;
  if (!search?.searching) return Promise.resolve();
  return new Promise((resolve) => {
    const settled = () => resolve();
    window.addEventListener(fullSearchEvent, settled, { once: true });
    // Loaded already, or failing: mount() resolves either way.
    void (search as Element & { mount(): Promise<unknown> }).mount().then(settled);
  });
}

function announceWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  idle(
    () =>
      void fullSearchSettled().finally(() => {
        performance.mark(searchReadyMark);
        window.dispatchEvent(new Event(warmEvent));
      }),
  );
}

if (document.readyState === 'complete') announceWhenIdle();
else window.addEventListener('load', announceWhenIdle, { once: true });

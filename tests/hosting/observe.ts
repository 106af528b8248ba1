import type { BrowserContext } from 'playwright-core';

/** What a hosting test must see about a browser session: every request and anything that went wrong. */
export interface Observations {
  /** URL of every request, from pages and from the service worker. */
  requests: string[];
  /** Requests that failed or answered 4xx/5xx, with why. */
  failures: string[];
  /** Pages the service worker stopped waiting for, serving its offline copy instead. */
  workerGaveUp: string[];
  /** Content-Security-Policy violations the pages reported: directive, blocked URI, sample. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Starts recording on `context`; call before opening any page. Violations are read from the
 * `securitypolicyviolation` event in every document, which is what the browser fires for each block.
 */
export async function observe(context: BrowserContext): Promise<Observations> {
  const seen: Observations = { requests: [], failures: [], workerGaveUp: [], violations: [], errors: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  context.on('requestfailed', (request) => {
    const why = request.failure()?.errorText ?? 'failed';
    // The worker gives up on a page the host has not answered within its timeout and serves its copy
    // instead: by design, and on a busy machine it happens with a healthy host too.
    if (request.serviceWorker() && why === 'net::ERR_ABORTED') seen.workerGaveUp.push(request.url());
    else seen.failures.push(`${request.url()}: ${why}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) seen.failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  context.on('weberror', (error) => seen.errors.push(String(error.error())));
  await context.exposeBinding('__reportViolation', (_source, text: string) => seen.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      void report(`${event.violatedDirective} ${event.blockedURI} ${event.sample} (${event.documentURI})`);
    });
  });
  return seen;
}

/** Requests that went anywhere but `origin`; `data:` URLs carry their content and reach no one. */
export const crossOrigin = (requests: readonly string[], origin: string) =>
  requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);

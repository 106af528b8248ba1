/**
 * Gives every `requestIdleCallback` without a deadline one of two seconds. Starlight creates its search
 * box in an idle callback, and Chromium sometimes grants a page no idle period at all (seen in headless
 * runs: the page sits idle, and no idle callback ever runs), which left the search dialog empty. With a
 * deadline the work runs anyway, as an ordinary task.
 */
const idleDeadlineMs = 2000;

if (typeof window.requestIdleCallback === 'function') {
  const request = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) =>
    request(callback, { timeout: idleDeadlineMs, ...options });
}

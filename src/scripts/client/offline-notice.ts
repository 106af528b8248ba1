/**
 * Tells the reader when the page is the offline copy: the service worker (src/integrations/offline)
 * marks a page it serves from its copy, because the host did not answer, with the time the copy was saved.
 */
const mark = document.querySelector<HTMLMetaElement>('meta[name="handbook-offline-copy"]');

/** "3 hours ago", "yesterday", "just now": the largest unit that fits. */
function age(savedAt: Date, now: Date): string {
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const seconds = (savedAt.getTime() - now.getTime()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return 'just now';
}

function notice(savedAt: string): HTMLElement {
  const box = document.createElement('p');
  box.className = 'offline-notice';
  box.setAttribute('role', 'status');
  const when = new Date(savedAt);
  if (Number.isNaN(when.getTime())) {
    box.textContent = 'Offline copy: the host did not answer, so this is the copy kept in your browser.';
    return box;
  }
  const time = document.createElement('time');
  time.dateTime = when.toISOString();
  time.title = when.toLocaleString();
  time.textContent = age(when, new Date());
  box.append(
    'Offline copy: the host did not answer, so this is the copy kept in your browser, saved ',
    time,
    '. It may be out of date.',
  );
  return box;
}

if (mark) document.querySelector('main')?.prepend(notice(mark.content));

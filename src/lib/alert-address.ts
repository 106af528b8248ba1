import type { Alert } from '../data/schema.ts';

/**
 * Where an alert lives in the handbook. `/alerts/<id>/` is the stable address rule files and pagers
 * link to; it forwards to the runbook, whose header shows the alert at `#from-alert-<id>`.
 */
export const alertPath = (id: string): string => `alerts/${id}/`;

/** The id, on the runbook page, of the note that shows the alert the reader arrived from. */
export const arrivalId = (id: string): string => `from-alert-${id}`;

/** The runbook's address for a reader arriving from `alert`, relative to the base path. */
export const arrivalPath = (alert: Alert): string => `${alert.runbook}/#${arrivalId(alert.id)}`;

/**
 * The `runbook_url` annotation for a Prometheus rule: the alert's address, with each mapped label
 * passed as the runbook input it fills (`?DB_PID={{ $labels.pid | urlquery }}`, a Go template
 * Prometheus expands when the alert fires). `siteUrl` is the site's root URL with its base path and
 * a trailing slash, such as `https://handbook.corp.internal/`.
 */
export function runbookUrlAnnotation(alert: Alert, siteUrl: string): string {
  const query = Object.entries(alert.labels ?? {})
    .map(([label, input]) => `${input}={{ $labels.${label} | urlquery }}`)
    .join('&');
  return `${siteUrl}${alertPath(alert.id)}${query ? `?${query}` : ''}`;
}

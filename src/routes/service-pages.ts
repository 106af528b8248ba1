/** A page of the content collection, as a service's overview needs it. */
interface ListedPage {
  id: string;
  data: { title: string; kind: string; services: string[] };
}

/** The pages that name `service` in `services:`, by what the overview shows of them. */
export function servicePages(
  pages: readonly ListedPage[],
  service: string,
  alertRunbooks: readonly string[],
) {
  const own = pages
    .filter((page) => page.data.services.includes(service))
    .map((page) => ({ id: page.id, title: page.data.title, kind: page.data.kind }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const runbookIds = new Set(own.filter((page) => page.kind === 'runbook').map((page) => page.id));
  return {
    runbooks: runbookIds.size,
    alerts: alertRunbooks.filter((runbook) => runbookIds.has(runbook)).length,
    troubleshooting: own.filter((page) => page.kind === 'troubleshooting'),
    other: own.filter((page) => page.kind !== 'runbook' && page.kind !== 'troubleshooting'),
  };
}

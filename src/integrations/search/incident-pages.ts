/**
 * Reads the compact incident index's pages from the docs collection and the data files, once per
 * build: every page's search box carries the same index.
 */
import { getCollection } from 'astro:content';
import { serviceById, system } from '../../data/index.ts';
import { searchSynonyms, synonymsFor } from '../../data/search-synonyms.ts';
import { pageHref } from '../../lib/page-url.ts';
import { incidentIndex, incidentIndexJson, type IndexedPage } from './incident-index.ts';

let built: Promise<string> | undefined;

/** The compact incident index of the handbook's published pages, as JSON for the page. */
export function incidentIndexForPages(base: string): Promise<string> {
  built ??= readPages(base).then((pages) => incidentIndexJson(incidentIndex(pages)));
  return built;
}

async function readPages(base: string): Promise<IndexedPage[]> {
  const synonyms = searchSynonyms();
  const entries = await getCollection('docs', ({ data }) => !data.draft);
  return entries.map(({ id, data }) => ({
    id,
    href: pageHref(id, base),
    title: data.title,
    kind: data.kind,
    description: data.description,
    when: data.when,
    symptoms: data.symptoms,
    services: data.services.map((service) => serviceById(service)?.name ?? service),
    alerts: [
      ...new Set([
        ...data.alerts,
        ...system.alerts.filter((alert) => alert.runbook === id).map((alert) => alert.id),
      ]),
    ],
    said: synonymsFor(synonyms, id),
  }));
}

import type { APIRoute } from 'astro';
import { pageHref } from '../../lib/page-url.ts';
import { feedEntries, pageChanges, type PageChange } from './changes.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );

/** A `tag:` URI (RFC 4151): stable for one page changed by one commit, whatever the site's address. */
const entryId = (change: PageChange, host: string) =>
  `tag:${host},${change.date.slice(0, 10)}:${change.hash}/${change.id}`;

function entry(change: PageChange, site: URL): string {
  return `  <entry>
    <title>${escapeXml(`${change.title}: ${change.subject}`)}</title>
    <id>${escapeXml(entryId(change, site.hostname))}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(new URL(change.href, site).href)}"/>
    <updated>${change.date}</updated>
    <summary>${escapeXml(change.subject)}</summary>
  </entry>`;
}

/** `/changes.xml`: the newest changes to pages as an Atom feed (RFC 4287), absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost/');
  const changes = await pageChanges(feedEntries, base);
  const listUrl = new URL(pageHref('changes', base), origin).href;
  const feedUrl = new URL(`${pageHref('', base)}changes.xml`, origin).href;
  const updated = changes[0]?.date ?? new Date().toISOString();
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Recent changes to the handbook</title>
  <id>${escapeXml(listUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(listUrl)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(origin.hostname)}</name></author>
${changes.map((change) => entry(change, origin)).join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

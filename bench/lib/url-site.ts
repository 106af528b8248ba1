import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { handbookConfigFiles, repoRoot, workDir, write, type BenchSite } from './sites.ts';

const pageCount = 20;

/**
 * A handbook project whose pages hold `urlCount` unique external URLs, spread round-robin over
 * `origins` and over 20 pages, for timing external URL checks. No alerts, so no runbook is needed.
 */
export function createUrlSite(origins: readonly string[], urlCount: number, name = 'urls'): BenchSite {
  const root = path.join(workDir, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src/data'), { recursive: true });
  handbookConfigFiles(root);
  for (const data of ['teams', 'services', 'environment', 'tools'])
    copyFileSync(path.join(repoRoot, `src/data/${data}.yaml`), path.join(root, `src/data/${data}.yaml`));
  write(path.join(root, 'src/data/alerts.yaml'), '[]\n');
  const docs = path.join(root, 'src/content/docs');
  const ids = Array.from({ length: pageCount }, (_, page) => `reference/endpoints-${page + 1}`);
  ids.forEach((id, page) => {
    const links = [];
    for (let index = page; index < urlCount; index += pageCount)
      links.push(`- [Endpoint ${index}](${origins[index % origins.length]}/status/${index})`);
    write(
      path.join(docs, `${id}.mdx`),
      `---\ntitle: Endpoints ${page + 1}\ndescription: Status endpoints.\nkind: reference\nowner: platform\nlastReviewed: 2026-11-01\n---\n\n## Endpoints\n\n${links.join('\n')}\n`,
    );
  });
  write(
    path.join(docs, 'index.mdx'),
    `---\ntitle: Endpoints\ndescription: Every status endpoint.\n---\n\n${ids.map((id, page) => `- [Endpoints ${page + 1}](/${id}/)`).join('\n')}\n`,
  );
  return { kind: 'handbook', root, pages: [] };
}

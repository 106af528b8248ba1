import { readFileSync } from 'node:fs';
import path from 'node:path';
import { relativeFilesUnder } from '../lib/files.ts';
import { isPageFile, pageFiles, pageIdOf } from '../model/files.ts';
import type { PageKind } from '../schemas/kinds.ts';
import { convertPage, stemOf, type ConvertedPage } from './convert.ts';
import { alertOfFile } from './infer.ts';
import { assetTargetOf, linkCandidates, pageAddress, targetOf } from './layout.ts';
import { readMarkdown } from './read-markdown.ts';
import { DataFile } from './system-data.ts';
import { createFile, replaceFile } from './write-files.ts';

export interface ImportOptions {
  /** Folder of Markdown to import. */
  sourceDir: string;
  /** Project root: pages go to `src/content/docs`, assets to `public`, data to `src/data`. */
  root: string;
  /** Folder under the docs the pages go into, such as `runbooks`. */
  section: string;
  kind: PageKind | undefined;
  service: string | undefined;
  team: string | undefined;
  /** `YYYY-MM-DD`. */
  today: string;
}

export interface ImportResult {
  /** One line per file and per thing the importer could not convert, in source order. */
  lines: string[];
  imported: number;
  skipped: number;
}

interface Planned {
  from: string;
  file: string;
  pageId: string;
}

// Folders that hold tooling, not pages.
const ignoredFolder = /(^|\/)(\.[^/]*|node_modules)\//;

/** Copies a folder of Markdown into the handbook; never overwrites, reports every file. */
export function importDocs(options: ImportOptions): ImportResult {
  const docsDir = path.join(options.root, 'src/content/docs');
  const dataDir = path.join(options.root, 'src/data');
  const lines: string[] = [];
  const sourceFilesAll = relativeFilesUnder(options.sourceDir).filter((file) => !ignoredFolder.test(file));
  const assets = new Set(sourceFilesAll.filter((file) => !isPageFile(file)));

  const takenIds = new Map(
    pageFiles(docsDir, 'starlight').map((file) => [
      pageIdOf(file),
      path.relative(options.root, path.join(docsDir, file)),
    ]),
  );
  const planned = new Map<string, Planned>();
  let skipped = 0;
  const skip = (from: string, reason: string) => {
    skipped++;
    lines.push(`skipped   ${from}: ${reason}`);
  };
  for (const from of sourceFilesAll.filter(isPageFile).sort()) {
    const target = targetOf(from, options.section);
    const taken = takenIds.get(target.pageId);
    if (taken) skip(from, `its address ${pageAddress(target.pageId)} is taken by ${taken}; not overwriting`);
    else {
      takenIds.set(target.pageId, from);
      planned.set(from, { from, ...target });
    }
  }

  const services = new DataFile(path.join(dataDir, 'services.yaml'));
  const alerts = new DataFile(path.join(dataDir, 'alerts.yaml'));
  const teams = new DataFile(path.join(dataDir, 'teams.yaml'));
  const owner = ownerOf(options, services, teams);
  if (options.service && !services.has(options.service)) {
    services.append({
      id: options.service,
      name: options.service,
      owner,
      description: `Imported with npm run import from ${path.basename(options.sourceDir)}; describe the service here.`,
      environments: [],
      documented: true,
    });
    lines.push(`data      service "${options.service}" added to src/data/services.yaml`);
  }

  const usedAssets = new Set<string>();
  const pages: { plan: Planned; page: ConvertedPage }[] = [];
  for (const plan of planned.values()) {
    const read = readMarkdown(
      readFileSync(path.join(options.sourceDir, plan.from)),
      plan.file.endsWith('.mdx'),
    );
    if (!read.ok) {
      skip(plan.from, read.reason);
      continue;
    }
    const resolve = (linkPath: string) => {
      const candidates = linkPath === '' ? [plan.from] : linkCandidates(plan.from, linkPath, sourceFilesAll);
      for (const candidate of candidates) {
        const page = planned.get(candidate);
        if (page) return pageAddress(page.pageId);
        if (assets.has(candidate)) {
          usedAssets.add(candidate);
          return assetTargetOf(candidate, options.section).url;
        }
      }
      return undefined;
    };
    const alert = alertOfFile(stemOf(plan.from));
    const known = alert && alerts.records().find((record) => record['id'] === alert.id);
    if (known && known['runbook'] !== plan.pageId)
      lines.push(
        `  note    ${plan.from}: alert "${alert.id}" is already in src/data/alerts.yaml for ${String(known['runbook'])}; left as it was`,
      );
    const page = convertPage(
      read,
      {
        from: plan.from,
        kind: options.kind,
        owner,
        service: options.service,
        today: options.today,
        alert,
        listAlert: !known || known['runbook'] === plan.pageId,
      },
      resolve,
    );
    pages.push({ plan, page });
  }

  // Every page is converted before anything is written, so a file that fails leaves no trace.
  let imported = 0;
  for (const { plan, page } of pages) {
    const file = path.join(docsDir, plan.file);
    if (!createFile(file, page.text)) {
      skip(plan.from, `${path.relative(options.root, file)} appeared while importing; not overwriting`);
      continue;
    }
    imported++;
    lines.push(`imported  ${plan.from} → ${path.relative(options.root, file)} (${page.kind})`);
    for (const note of page.notes) lines.push(`  note    ${plan.from}:${note.line}: ${note.message}`);
    if (page.alert && !alerts.has(page.alert.id)) recordAlert(page.alert, plan, alerts, lines);
  }
  for (const asset of usedAssets) {
    const target = path.join(options.root, 'public', assetTargetOf(asset, options.section).file);
    const bytes = readFileSync(path.join(options.sourceDir, asset));
    if (createFile(target, bytes)) lines.push(`asset     ${asset} → ${path.relative(options.root, target)}`);
    else if (!readFileSync(target).equals(bytes))
      lines.push(
        `  note    ${asset}: ${path.relative(options.root, target)} exists with other content; not overwriting`,
      );
  }
  for (const data of [services, alerts]) {
    const text = data.text();
    if (text !== undefined) replaceFile(data.file, text);
  }
  return { lines, imported, skipped };
}

/** The team that owns imported pages: `--team`, else the service's owner. */
function ownerOf(options: ImportOptions, services: DataFile, teams: DataFile): string | undefined {
  if (options.team) {
    if (!teams.has(options.team)) throw new Error(`no team "${options.team}" in src/data/teams.yaml`);
    return options.team;
  }
  const service = services.records().find((record) => record['id'] === options.service);
  return (service?.['owner'] as string | undefined) ?? (teams.records()[0]?.['id'] as string | undefined);
}

/** Adds the alert a page is named after to the alerts data, with the page as its runbook. */
function recordAlert(
  alert: { name: string; id: string },
  plan: Planned,
  alerts: DataFile,
  lines: string[],
): void {
  alerts.append({
    id: alert.id,
    condition: `Alert ${alert.name}, imported from ${plan.from}: state its expression, threshold and duration, and check the severity.`,
    severity: 'SEV3',
    runbook: plan.pageId,
  });
  lines.push(`data      alert "${alert.id}" (${alert.name}) added to src/data/alerts.yaml as SEV3`);
}

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse, parseDocument, stringify } from 'yaml';
import { skeletonPages } from './skeleton.ts';

export interface InitOptions {
  /** Project root. */
  root: string;
  service: string;
  serviceName: string;
  team: string;
  teamName: string;
  today: string;
  /** Where the handbook is served (`SITE_URL`). */
  siteUrl: string;
}

/** Where `npm run init` keeps the Company View example it takes out of the handbook. */
export const exampleDir = 'examples/company-view';

const list = (comment: string, records: unknown[]) =>
  `# ${comment}\n${records.length > 0 ? stringify(records) : '[]\n'}`;

/** The system data of an empty handbook: one team, one service, no alerts or variables yet. */
function skeletonData(options: InitOptions, exampleTools: unknown[]): Record<string, string> {
  return {
    'teams.yaml': list('Teams own pages and services. Contacts are roles and channels, never people.', [
      {
        id: options.team,
        name: options.teamName,
        description: `Runs ${options.serviceName}; holds its on-call rotation.`,
        channels: [{ name: `#${options.team}`, purpose: 'Day-to-day questions and deploy announcements.' }],
        contacts: [
          {
            role: 'on-call',
            label: `${options.serviceName} on-call engineer`,
            how: 'Say here how to page the on-call engineer (the pager rotation or channel), never a person.',
          },
        ],
      },
    ]),
    'services.yaml': list('Services and where they run. Add each environment with its URL and hosts.', [
      {
        id: options.service,
        name: options.serviceName,
        owner: options.team,
        description: `One line: what ${options.serviceName} is.`,
        environments: [],
        // Its overview page is /services/<id>/; pages name the values they share under `inputs:`.
        documented: true,
        inputs: [],
      },
      // The handbook links to itself (hosting, checks); its own address is a known host.
      {
        id: 'handbook',
        name: 'Operations handbook',
        owner: options.team,
        description: 'This handbook.',
        environments: [{ id: 'production', url: options.siteUrl, hosts: [new URL(options.siteUrl).host] }],
      },
    ]),
    'environment.yaml': list('Environment variables each service reads.', []),
    'alerts.yaml': list(
      'Alerts and the runbook that answers each; the runbook lists the alert in `alerts`.',
      [],
    ),
    'search-synonyms.yaml': list(
      'What people type in an incident → the page that answers it, when the page says it in other words.',
      [],
    ),
    // The tools keep their safety classes: most are everyday programs any team's commands call.
    'tools.yaml': list(
      'Programs the docs may call, with the calls that change state or destroy data.',
      exampleTools,
    ),
  };
}

/** A kept page with the new team as its owner and no references to the example's services or pages. */
function ownedBy(text: string, team: string): string {
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return text;
  const frontmatter = parseDocument(yaml);
  frontmatter.set('owner', team);
  frontmatter.delete('services');
  frontmatter.delete('related');
  const body = text.slice(text.indexOf(yaml) + yaml.length).replace(/^\n?---\n/, '');
  return `---\n${frontmatter.toString()}---\n${body}`;
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * Takes the Company View example out of the handbook (into `examples/company-view/`) and leaves
 * an empty handbook that builds. Everything new is written aside first and swapped in by rename.
 */
export function initHandbook(options: InitOptions): string[] {
  const docs = path.join(options.root, 'src/content/docs');
  const data = path.join(options.root, 'src/data');
  const example = path.join(options.root, exampleDir);
  if (existsSync(example))
    throw new Error(`${exampleDir} already exists: this handbook was initialised already; nothing changed.`);
  const tools = parse(readFileSync(path.join(data, 'tools.yaml'), 'utf8')) as unknown[];
  const staging = mkdtempSync(path.join(options.root, 'src/.init-'));
  try {
    writeTree(path.join(staging, 'docs'), skeletonPages(options));
    writeTree(path.join(staging, 'data'), skeletonData(options, tools));
    mkdirSync(path.join(example, 'data'), { recursive: true });
    // The contributing pages document the handbook itself (checks, hosting), not the example.
    for (const name of readdirSync(path.join(docs, 'contributing'))) {
      const kept = path.join(staging, 'docs/contributing', name);
      if (!existsSync(kept))
        writeFileSync(
          kept,
          ownedBy(readFileSync(path.join(docs, 'contributing', name), 'utf8'), options.team),
        );
    }
    renameSync(docs, path.join(example, 'docs'));
    renameSync(path.join(staging, 'docs'), docs);
    for (const name of Object.keys(skeletonData(options, tools))) {
      if (existsSync(path.join(data, name)))
        if (existsSync(path.join(data, name)))
          renameSync(path.join(data, name), path.join(example, 'data', name));
      renameSync(path.join(staging, 'data', name), path.join(data, name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return [
    `moved the Company View example to ${exampleDir}/ (docs/ and data/)`,
    `wrote an empty handbook for service "${options.service}" owned by team "${options.team}" in src/content/docs and src/data`,
  ];
}

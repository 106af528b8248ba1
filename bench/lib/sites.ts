import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusAlerts, writeCorpus, type CorpusPage } from '../corpus.ts';

/** The repository root: bench/lib/ is two levels down. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Scratch space for generated sites, git-ignored; inside the repository so node_modules resolves. */
export const workDir = path.join(repoRoot, 'bench/.work');

export type SiteKind = 'handbook' | 'plain';

export interface BenchSite {
  kind: SiteKind;
  /** Project root, the working directory of its build. */
  root: string;
  pages: CorpusPage[];
}

const importPath = (from: string, to: string) => {
  const relative = path.relative(from, to).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

export function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const home = `---
title: On-call home
description: Start here when you are paged.
---

Search for what you see, then open the [runbooks](/runbooks/) or the [troubleshooting pages](/troubleshooting/).
`;

const indexPage = (title: string, description: string, body: string) =>
  `---\ntitle: ${title}\ndescription: ${description}\nkind: reference\nowner: platform\nlastReviewed: 2026-11-01\n---\n\n${body}\n`;

/** The handbook's Astro configuration, content collections and public files (the favicon), from the repository. */
export function handbookConfigFiles(root: string) {
  cpSync(path.join(repoRoot, 'public'), path.join(root, 'public'), { recursive: true });
  write(
    path.join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport { handbookConfig } from '${importPath(root, path.join(repoRoot, 'src/config/handbook.ts'))}';\n\nexport default defineConfig(handbookConfig());\n`,
  );
  write(
    path.join(root, 'src/content.config.ts'),
    `export { collections } from '${importPath(path.join(root, 'src'), path.join(repoRoot, 'src/content.config.ts'))}';\n`,
  );
}

/** The handbook's own configuration, data and catalog pages over the corpus. */
function handbookFiles(root: string, pages: CorpusPage[]) {
  const docs = path.join(root, 'src/content/docs');
  handbookConfigFiles(root);
  for (const name of ['teams', 'services', 'environment', 'tools'])
    copyFileSync(path.join(repoRoot, `src/data/${name}.yaml`), path.join(root, `src/data/${name}.yaml`));
  // JSON is YAML.
  write(path.join(root, 'src/data/alerts.yaml'), JSON.stringify(corpusAlerts(pages), null, 2));
  const components = importPath(path.join(docs, 'runbooks'), path.join(repoRoot, 'src/components/index.ts'));
  for (const { file, title, description, component } of indexPages) {
    const body = `import { ${component} } from '${components}';\n\n<${component} />`;
    write(path.join(docs, file), indexPage(title, description, body));
  }
}

/** The index pages both sites have: the handbook generates their tables, plain Starlight has text. */
const indexPages = [
  {
    file: 'runbooks/index.mdx',
    title: 'Runbooks',
    description: 'Every runbook.',
    component: 'RunbookCatalog',
    text: 'Pick a runbook in the sidebar.',
  },
  {
    file: 'troubleshooting/index.mdx',
    title: 'Troubleshooting',
    description: 'Pages by symptom.',
    component: 'SymptomIndex',
    text: 'Pick a page in the sidebar.',
  },
  {
    file: 'reference/alerts.mdx',
    title: 'Alerts',
    description: 'Every alert and its runbook.',
    component: 'AlertTable',
    text: 'See the runbooks.',
  },
] as const;

/** Starlight as `npm create astro -- --template starlight` sets it up: default sidebar and settings. */
function plainFiles(root: string) {
  const docs = path.join(root, 'src/content/docs');
  write(
    path.join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  site: 'https://handbook.corp.internal',\n  integrations: [starlight({ title: 'Operations Handbook' })],\n});\n`,
  );
  write(
    path.join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const { file, title, description, text } of indexPages)
    write(path.join(docs, file), indexPage(title, description, text));
}

/**
 * A fresh project at `bench/.work/<kind>-<count>/` with the same `count` corpus pages and the same
 * few fixed pages; the runbook, troubleshooting and alert index pages are the handbook's generated
 * tables or plain text.
 */
export function createSite(kind: SiteKind, count: number, name = `${kind}-${count}`): BenchSite {
  const root = path.join(workDir, name);
  rmSync(root, { recursive: true, force: true });
  const docs = path.join(root, 'src/content/docs');
  mkdirSync(path.join(root, 'src/data'), { recursive: true });
  const pages = writeCorpus(docs, count);
  write(path.join(docs, 'index.mdx'), home);
  // Pages the handbook's sidebar links to, in both sites so that both have the same pages.
  write(
    path.join(docs, 'maintenance/index.mdx'),
    indexPage('Maintenance', 'Routine tasks.', 'Scheduled work.'),
  );
  write(
    path.join(docs, 'contributing/index.mdx'),
    indexPage('Contributing', 'How to change the handbook.', 'Open a pull request.'),
  );
  if (kind === 'handbook') handbookFiles(root, pages);
  else plainFiles(root);
  return { kind, root, pages };
}

/**
 * A copy of the handbook itself (pages and data) built in its own project, so that the benchmark
 * never races a `npm run build` in the repository over dist/ and the Astro caches.
 */
export function createHandbookCopy(name = 'handbook-real'): BenchSite {
  const root = path.join(workDir, name);
  rmSync(root, { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'src/content/docs'), path.join(root, 'src/content/docs'), { recursive: true });
  cpSync(path.join(repoRoot, 'src/data'), path.join(root, 'src/data'), { recursive: true });
  handbookConfigFiles(root);
  // Pages import `~/components`; the alias points at the repository's sources.
  const paths = { '~/*': [`${importPath(root, path.join(repoRoot, 'src'))}/*`] };
  write(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths } }, null, 2));
  return { kind: 'handbook', root, pages: [] };
}

/**
 * `node bench/command-noise.ts [DIR]`: runs the command rules over the shell fences of a folder of
 * Markdown (default `../shared/corpus`, other teams' runbooks) and prints findings per 1,000
 * commands by rule, then every error with its file, line and text, for reading by hand. The
 * corpus is only read here; none of it belongs in the project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyzeFence } from '../src/checker/commands/blocks.ts';
import { allCommands } from '../src/checker/commands/model.ts';
import { resolveOptions } from '../src/checker/config.ts';
import type { AnalyzedPage, CheckContext } from '../src/checker/context.ts';
import type { Finding } from '../src/checker/findings.ts';
import { ruleChecks } from '../src/checker/rules/index.ts';
import { fencesOf } from '../src/model/fences.ts';
import { linksOf } from '../src/model/links.ts';
import { loadSystemData } from '../src/data/load.ts';
import { filesUnder } from '../src/lib/files.ts';
import { loadShellParser } from '../src/shell/parser.ts';

const root = path.resolve(
  process.argv.slice(2).find((arg) => !arg.startsWith('--')) ??
    path.join(import.meta.dirname, '../../../shared/corpus'),
);
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const parser = await loadShellParser();

/**
 * What each repository's own config would declare: only the shell functions its library defines
 * (the target allows a team's own programs, nothing else).
 */
const repositoryPrograms: Record<string, string[]> = {
  'db-runbooks': [
    'k8s_sts_all_pods_ready',
    'log_set_level',
    'log_info',
    'log_debug',
    'log_error',
    'mariadb_set_target',
    'mongo_build_uri',
    'mongo_check',
    'mongo_rs_status',
    'mongo_list_databases',
    'response_ok',
    'response_err',
  ],
};

const started = performance.now();
const pages: AnalyzedPage[] = [];
for (const absolute of filesUnder(root).filter((file) => /\.mdx?$/.test(file))) {
  const text = readFileSync(absolute, 'utf8');
  const tree = markdown.parse(text);
  const links = linksOf(tree);
  const fences = fencesOf(tree);
  const blocks = [];
  for (const fence of fences) blocks.push(await analyzeFence(fence, parser));
  const file = path.relative(root, absolute);
  pages.push({
    model: undefined as never,
    id: file,
    url: `/${file}/`,
    file,
    text,
    tree,
    frontmatter: { value: {} } as never,
    data: undefined,
    kind: 'guide',
    links,
    blocks,
  });
}

const commandRules = Object.entries(ruleChecks).filter(([id]) => /^(command-|block-)/.test(id));
const repositories = new Set(pages.map((page) => page.file.split('/')[0]!));
// Each repository is checked on its own, with its own config, as its team would run it.
const findings: Finding[] = [...repositories].flatMap((repository) => {
  const context = {
    options: resolveOptions({ root, docsDir: root, programs: repositoryPrograms[repository] ?? [] }),
    system: loadSystemData(),
    pages: pages.filter((page) => page.file.startsWith(`${repository}/`)),
  } as unknown as CheckContext;
  return commandRules.flatMap(([, rule]) => rule(context));
});
const commands = pages.reduce(
  (sum, page) =>
    sum + page.blocks.reduce((count, block) => count + allCommands(block.analysis.commands).length, 0),
  0,
);
const perThousand = (count: number) => ((count * 1000) / Math.max(commands, 1)).toFixed(1);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${pages.length} files, ${pages.reduce((n, p) => n + p.blocks.length, 0)} shell blocks, ${commands} commands, read and checked in ${seconds.toFixed(1)} s`,
);
for (const [id] of commandRules) {
  const mine = findings.filter((finding) => finding.rule === id);
  const errors = mine.filter((finding) => finding.severity === 'error').length;
  console.log(
    `${id.padEnd(26)} errors ${String(errors).padStart(4)} (${perThousand(errors)}/1000)  warnings ${mine.length - errors}`,
  );
}
const errors = findings.filter((finding) => finding.severity === 'error');
console.log(`all command errors: ${errors.length} (${perThousand(errors.length)} per 1,000 commands)`);
if (process.argv.includes('--list'))
  for (const finding of findings)
    console.log(
      `${finding.severity} ${finding.rule} ${finding.file}:${finding.line} ${finding.message} | ${finding.target ?? ''}`,
    );

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';
import { node, runMeasured } from '../lib/measure.ts';
import { repoRoot, type BenchSite } from '../lib/sites.ts';
import type { Summary } from '../../src/checker/findings.ts';

/** `folder check`: `npm run check -- --docs` over the site's Markdown source, with no built site. */
export type Tool = 'handbook check' | 'folder check' | 'linkinator' | 'markdown-link-check';

export interface ToolRun {
  tool: Tool;
  input: string;
  /**
   * `pending`: the tool cannot run yet (the checker is still being written); `failed`: it ran and
   * crashed without a report. `note` says why.
   */
  state: 'ok' | 'pending' | 'failed';
  seconds: number | undefined;
  /** What the tool reported, in its own terms. */
  note: string;
}

const checkScript = path.join(repoRoot, 'scripts/check.ts');
const linkinator = path.join(repoRoot, 'node_modules/linkinator/build/src/cli.js');
const markdownLinkCheck = path.join(repoRoot, 'node_modules/markdown-link-check/markdown-link-check');

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|cannot|usage/i.test(line)) ??
  text.trim().split('\n')[0] ??
  '';

/** `npm run check` on the project at `site.root` (the checker reads the working directory's pages). */
export async function runHandbookCheck(
  site: BenchSite,
  input: string,
  args: readonly string[],
  tool: 'handbook check' | 'folder check' = 'handbook check',
): Promise<ToolRun & { summary?: Summary }> {
  const run = { tool, input };
  if (!existsSync(checkScript))
    return { ...run, state: 'pending', seconds: undefined, note: 'scripts/check.ts does not exist yet' };
  const result = await runMeasured(node, [checkScript, ...args, '--format', 'json'], { cwd: site.root });
  let summary: Summary;
  try {
    summary = (JSON.parse(result.stdout) as { summary: Summary }).summary;
  } catch {
    const unfinished = /ERR_MODULE_NOT_FOUND|SyntaxError|usage:/.test(result.output);
    const reason = firstLine(result.output).slice(0, 160);
    return {
      ...run,
      state: unfinished ? 'pending' : 'failed',
      seconds: result.ms / 1000,
      note: `no report: ${reason}`,
    };
  }
  const note = `${summary.files} pages, ${summary.links} links, ${summary.urls} URLs, ${summary.commands} commands; ${summary.errors} errors, ${summary.warnings} warnings`;
  return { ...run, state: 'ok', seconds: result.ms / 1000, note, summary };
}

/** The folder check on the site's Markdown source (`--docs src/content/docs`): no build needed. */
export const runFolderCheck = (site: BenchSite, input: string) =>
  runHandbookCheck(site, input, ['--docs', 'src/content/docs', '--offline'], 'folder check');

/** linkinator over the built site, following its links, with fragments checked and external URLs skipped. */
export async function runLinkinator(site: BenchSite, input: string, external = false): Promise<ToolRun> {
  const skip = external ? [] : ['--skip', '^(?!http://localhost)'];
  const result = await runMeasured(
    node,
    [linkinator, 'dist', '--recurse', '--check-fragments', ...skip, '--format', 'json'],
    {
      cwd: site.root,
    },
  );
  const run = { tool: 'linkinator' as const, input };
  try {
    const { links } = JSON.parse(result.stdout) as { links: { state: string }[] };
    const broken = links.filter((link) => link.state === 'BROKEN').length;
    return {
      ...run,
      state: 'ok',
      seconds: result.ms / 1000,
      note: `${links.length} links, ${broken} broken`,
    };
  } catch {
    throw new Error(`linkinator failed in ${site.root}:\n${result.output.slice(-2000)}`);
  }
}

/** The site's pages, relative to its root. */
const mdxFiles = (root: string): string[] =>
  filesUnder(path.join(root, 'src/content/docs'), '.mdx').map((file) => path.relative(root, file));

/**
 * markdown-link-check over the source pages. It cannot resolve site routes, so a replacement maps
 * `/runbooks/x/#a` to `dist/runbooks/x/index.html#a`, the file the route is built to.
 */
export async function runMarkdownLinkCheck(
  site: BenchSite,
  input: string,
  external = false,
): Promise<ToolRun> {
  const config = path.join(site.root, 'markdown-link-check.json');
  const offline = external ? [] : [{ pattern: '^https?://' }];
  writeFileSync(
    config,
    JSON.stringify({
      ignorePatterns: [...offline, { pattern: '^mailto:' }],
      replacementPatterns: [
        { pattern: '^/([^#]*?)/?(#.*)?$', replacement: '{{BASEURL}}/dist/$1/index.html$2' },
      ],
    }),
  );
  const files = mdxFiles(site.root);
  const result = await runMeasured(node, [markdownLinkCheck, '-q', '-c', config, ...files], {
    cwd: site.root,
  });
  const dead = result.output.split('\n').filter((line) => line.includes('[✖]')).length;
  return {
    tool: 'markdown-link-check',
    input,
    state: 'ok',
    seconds: result.ms / 1000,
    note: `${files.length} files, ${dead} dead links`,
  };
}

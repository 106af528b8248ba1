import type { Root } from 'mdast';
import { fileURLToPath } from 'node:url';
import { analyzeFence } from '../../src/checker/commands/blocks.ts';
import { resolveOptions, type CheckOverrides } from '../../src/checker/config.ts';
import type { AnalyzedPage, CheckContext } from '../../src/checker/context.ts';
import { ruleChecks } from '../../src/checker/rules/index.ts';
import { fencesOf } from '../../src/model/fences.ts';
import { linksOf } from '../../src/model/links.ts';
import { parseMarkdown } from '../../src/model/markdown.ts';
import { loadSystemData } from '../../src/data/load.ts';
import { loadShellParser } from '../../src/shell/parser.ts';

const system = loadSystemData(fileURLToPath(new URL('../checker/fixtures/_data/', import.meta.url)));

/** Runs the command and block rules over Markdown pages given as text; `[file, line, rule]` rows. */
export async function checkPages(
  pages: Record<string, string>,
  overrides: CheckOverrides = {},
): Promise<[string, number, string][]> {
  const parser = await loadShellParser();
  const analyzed: AnalyzedPage[] = [];
  for (const [file, text] of Object.entries(pages)) {
    // Pages as another team writes them: CommonMark + GFM, with `:::caution` asides, read as the model reads `.md`.
    const tree: Root = parseMarkdown(text, 'md');
    const links = linksOf(tree);
    const fences = fencesOf(tree);
    const blocks = [];
    for (const fence of fences) blocks.push(await analyzeFence(fence, parser));
    analyzed.push({
      id: file,
      url: `/${file}/`,
      file,
      text,
      tree,
      frontmatter: { value: {} },
      data: undefined,
      kind: 'guide',
      links,
      blocks,
    } as unknown as AnalyzedPage);
  }
  const options = resolveOptions({ root: fileURLToPath(new URL('.', import.meta.url)), ...overrides });
  const context = { options, system, pages: analyzed } as unknown as CheckContext;
  return Object.entries(ruleChecks)
    .filter(([id]) => id.startsWith('command-') || id.startsWith('block-'))
    .flatMap(([, rule]) => rule(context))
    .map((finding): [string, number, string] => [finding.file, finding.line, finding.rule]);
}

/** A page holding one fence, which starts on line 3. */
export const fencePage = (lang: string, ...lines: string[]) =>
  ['# Page', '', '```' + lang, ...lines, '```', ''].join('\n');

/**
 * The folder check (`npm run check -- --docs DIR`) over other teams' runbooks, one repository at a
 * time as its team would run it: findings per 1,000 commands by rule, each error counted as real
 * or false against the verdicts in bench/folder-check.yaml, and commands per second. The corpus is
 * only read; none of its text is kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { analyzeFence } from '../../src/checker/commands/blocks.ts';
import { resolveOptions } from '../../src/checker/config.ts';
import type { AnalyzedPage, CheckContext } from '../../src/checker/context.ts';
import type { Finding, Summary } from '../../src/checker/findings.ts';
import { ruleChecks } from '../../src/checker/rules/index.ts';
import { checkPageOf } from '../../src/checker/site/pages.ts';
import { loadCheckData } from '../../src/checker/system.ts';
import { readPages } from '../../src/model/index.ts';
import { loadShellParser } from '../../src/shell/parser.ts';
import { writeCorpus } from '../corpus.ts';
import { node, runMeasured } from '../lib/measure.ts';
import { median } from '../lib/median.ts';
import { repoRoot } from '../lib/sites.ts';

/** Rules the noise target counts: what the checker says about commands and secrets. */
export const isCommandOrSecretRule = (rule: string) =>
  rule.startsWith('command-') || rule === 'block-language' || rule === 'secret';

const verdictsSchema = z.strictObject({
  repositories: z.record(
    z.string(),
    z.strictObject({
      programs: z.array(z.string()),
      real: z.array(
        z.strictObject({ file: z.string(), line: z.number().int(), rule: z.string(), why: z.string() }),
      ),
    }),
  ),
});
export type Verdicts = z.infer<typeof verdictsSchema>;

export const verdictsFile = path.join(repoRoot, 'bench/folder-check.yaml');

/** bench/folder-check.yaml, validated; throws naming the file and the field that is wrong. */
export function readVerdicts(file = verdictsFile): Verdicts {
  const parsed = verdictsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`${path.relative(repoRoot, file)}: ${problems.join('; ')}`);
}

export interface RuleCount {
  rule: string;
  errors: number;
  warnings: number;
  /** Errors judged real in the verdicts file. */
  realErrors: number;
}

/** An error as the bench lists it: where, which rule, and the verdict. */
export interface JudgedError {
  file: string;
  line: number;
  rule: string;
  message: string;
  real: boolean;
}

export interface RepositoryRun {
  repository: string;
  /** The bench's own generated pages: counted for speed, not for noise. */
  generated?: boolean;
  /** Programs its generated config declares. */
  declared: number;
  summary: Summary;
  /** Wall time of the whole `npm run check -- --docs` process, Node's start included. */
  seconds: number;
  /** Reading and checking every shell block (parse, model, command rules), in process. */
  commandStageMs: number;
  rules: RuleCount[];
  errors: JudgedError[];
  /** Verdicts of real defects the check did not report this time. */
  missed: string[];
}

export interface FolderCheckSection {
  corpus: string;
  repositories: RepositoryRun[];
}

const checkScript = path.join(repoRoot, 'scripts/check.ts');
const key = (item: { file: string; line: number; rule: string }) => `${item.file}:${item.line} ${item.rule}`;

/** Each repository (a folder) of the corpus, checked with its own config. */
export async function benchFolderCheck(
  corpus: string,
  scratch: string,
  generatedPages: number,
  log: (line: string) => void,
  verdicts: Verdicts = readVerdicts(),
): Promise<FolderCheckSection> {
  const folders = readdirSync(corpus).filter((name) => statSync(path.join(corpus, name)).isDirectory());
  if (folders.length === 0) throw new Error(`no repositories (folders) in ${corpus}`);
  mkdirSync(scratch, { recursive: true });
  const repositories = [];
  for (const repository of folders) {
    log(`folder check: ${repository}`);
    const own = verdicts.repositories[repository] ?? { programs: [], real: [] };
    repositories.push(await checkRepository(corpus, repository, own, scratch));
  }
  // Speed over many more commands: the generated corpus's Markdown source (no noise figures: it is ours).
  const generated = `generated-${generatedPages}`;
  log(`folder check: ${generatedPages} generated pages`);
  writeCorpus(path.join(scratch, generated), generatedPages);
  const speed = await checkRepository(scratch, generated, { programs: [], real: [] }, scratch);
  repositories.push({ ...speed, generated: true });
  return { corpus, repositories };
}

async function checkRepository(
  corpus: string,
  repository: string,
  own: Verdicts['repositories'][string],
  scratch: string,
): Promise<RepositoryRun> {
  const docs = path.join(corpus, repository);
  const config = writeConfig(scratch, repository, own.programs);
  // Run from the scratch folder: the check may keep a cache under its working directory.
  const result = await runMeasured(
    node,
    [checkScript, '--docs', docs, ...(config ? ['--config', config] : []), '--offline', '--format', 'json'],
    { cwd: scratch },
  );
  let report: { findings: Finding[]; summary: Summary };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    throw new Error(`the folder check on ${repository} gave no report:\n${result.output.slice(-2000)}`);
  }
  const findings = report.findings.map((item) => ({
    ...item,
    file: path.relative(corpus, path.resolve(scratch, item.file)).split(path.sep).join('/'),
  }));
  const real = new Set(own.real.map(key));
  const errors = findings
    .filter((item) => item.severity === 'error')
    .map((item) => ({ ...pick(item), real: real.has(key(item)) }));
  const reported = new Set(errors.map(key));
  return {
    repository,
    declared: own.programs.length,
    summary: report.summary,
    seconds: result.ms / 1000,
    commandStageMs: await commandStage(docs, own.programs),
    rules: countByRule(findings, real),
    errors,
    missed: own.real.filter((item) => !reported.has(key(item))).map(key),
  };
}

const pick = ({ file, line, rule, message }: Finding) => ({ file, line, rule, message });

/** The repository's config in the scratch folder, or none when it declares nothing. */
function writeConfig(scratch: string, repository: string, programs: string[]): string | undefined {
  if (programs.length === 0) return undefined;
  const file = path.join(scratch, `${repository}.handbook-check.json`);
  writeFileSync(file, JSON.stringify({ programs }, null, 2));
  return file;
}

function countByRule(findings: readonly Finding[], real: ReadonlySet<string>): RuleCount[] {
  const rules = [...new Set(findings.map((item) => item.rule))].sort();
  return rules.map((rule) => {
    const mine = findings.filter((item) => item.rule === rule);
    const errors = mine.filter((item) => item.severity === 'error');
    return {
      rule,
      errors: errors.length,
      warnings: mine.length - errors.length,
      realErrors: errors.filter((item) => real.has(key(item))).length,
    };
  });
}

/**
 * The time the check spends on shell blocks, measured in this process after the pages are read
 * and parsed: every fence through the shell-block model and both shell parsers, then the command
 * rules, after one warm-up block. Commands per second is judged on this; the whole run is mostly
 * Markdown parsing.
 */
async function commandStage(docs: string, programs: string[]): Promise<number> {
  const options = resolveOptions({
    mode: 'docs',
    root: docs,
    docsDir: docs,
    programs,
    internalHosts: [],
    requireFreshBuild: false,
    offline: true,
  });
  const parser = await loadShellParser();
  const pages = readPages({ docsDir: docs, root: docs, layout: 'tree' }).map(checkPageOf);
  for (const page of pages) void page.model.fences;
  const system = await loadCheckData(options);
  // Both shell parsers are loaded and compiled once per process, as in any run of the check.
  await analyzeFence(
    { lang: 'bash', shell: 'bash', value: 'echo ready | grep -c ready', line: 1, cautioned: false },
    parser,
  );
  const once = async () => {
    const started = performance.now();
    const analyzed: AnalyzedPage[] = [];
    for (const page of pages) {
      const blocks = [];
      for (const fence of page.model.fences) blocks.push(await analyzeFence(fence, parser));
      analyzed.push({ ...page, links: page.model.links, blocks });
    }
    const context = { options, system, pages: analyzed } as unknown as CheckContext;
    for (const [rule, check] of Object.entries(ruleChecks))
      if (rule.startsWith('command-') || rule === 'block-language') check(context);
    return performance.now() - started;
  };
  const times = [];
  for (let run = 0; run < stageRuns; run++) times.push(await once());
  return median(times);
}

/** Runs of the shell stage; the median is reported (a small corpus is over in tens of milliseconds). */
const stageRuns = 5;

/** The corpus: `--corpus`, else `shared/corpus` beside the project or beside its worktree folder. */
export function corpusDir(given: string | undefined): string {
  const candidates = given
    ? [path.resolve(given)]
    : [path.resolve(repoRoot, '../shared/corpus'), path.resolve(repoRoot, '../../shared/corpus')];
  const found = candidates.find((dir) => existsSync(dir) && statSync(dir).isDirectory());
  if (!found) throw new Error(`no corpus of runbooks at ${candidates.join(' or ')}: pass --corpus DIR`);
  return found;
}

/** The figures the targets are judged on: noise over the corpus's repositories, speed over every folder. */
export function folderCheckTotals(section: FolderCheckSection) {
  const all = section.repositories;
  const runs = all.filter((run) => !run.generated);
  const sum = (figure: (run: RepositoryRun) => number, over = runs) =>
    over.reduce((total, run) => total + figure(run), 0);
  const commands = sum((run) => run.summary.commands);
  const allCommands = sum((run) => run.summary.commands, all);
  const falseErrors = sum(
    (run) => run.errors.filter((item) => !item.real && isCommandOrSecretRule(item.rule)).length,
  );
  return {
    commands,
    falseErrors,
    falsePerThousand: (falseErrors * 1000) / Math.max(commands, 1),
    realErrors: sum((run) => run.errors.filter((item) => item.real).length),
    missed: runs.flatMap((run) => run.missed),
    /**
     * Commands per second of the shell-block stage, and of the whole check (Markdown parsing
     * included), over every folder checked, the generated one too.
     */
    speedCommands: allCommands,
    stagePerSecond:
      (allCommands * 1000) /
      Math.max(
        sum((run) => run.commandStageMs, all),
        1,
      ),
    checkPerSecond:
      (allCommands * 1000) /
      Math.max(
        sum((run) => run.summary.durationMs, all),
        1,
      ),
  };
}

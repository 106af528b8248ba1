import type { ToolRun } from '../sections/checking.ts';
import type { ExternalSection } from '../sections/external.ts';
import { folderCheckTotals, type FolderCheckSection } from '../sections/folder-check.ts';
import type { WeightSection } from '../sections/weight.ts';
import type { PeerRun } from './peer-scripts.ts';
import { failed, type BenchResults, type BuildFigures, type Outcome, type SearchFigures } from './results.ts';
import { fixed, kb, table } from './table.ts';

function buildReport(build: BuildFigures): string {
  const rows = build.builds.map((figure) => {
    const html = build.html.find((entry) => entry.pages === figure.pages && entry.site === figure.site)!;
    const ratio = build.ratios.find((entry) => entry.pages === figure.pages && entry.phase === figure.phase)!;
    return [
      figure.pages,
      figure.site,
      figure.phase,
      fixed(figure.seconds),
      figure.site === 'handbook' ? `${ratio.time.toFixed(2)}×` : '',
      fixed(figure.cpuSeconds),
      figure.site === 'handbook' && ratio.cpu ? `${ratio.cpu.toFixed(2)}×` : '',
      figure.peakRssMb,
      figure.treePeakMb,
      figure.treePeakProcesses,
      html.meanGzip,
      html.samplePageGzip,
    ];
  });
  const steps = (perPage: [number, number, number][] | undefined) =>
    perPage?.map(([from, to, ms]) => `${from}→${to}: ${ms} ms`).join(', ') ?? '—';
  const growth = build.growth.map((entry) => [
    entry.site,
    entry.phase,
    steps(entry.msPerAddedPage),
    steps(entry.cpuMsPerAddedPage),
  ]);
  return [
    table(
      [
        'pages',
        'site',
        'build',
        'wall s',
        '÷ plain',
        'CPU s',
        '÷ plain',
        'peak RSS MB',
        'tree PSS MB',
        'processes',
        'HTML B gz/page',
        'sample page B gz',
      ],
      rows,
    ),
    '',
    `HTML: mean over the generated pages, and one page that is the same at every N (${build.samplePage}).`,
    growth.length > 0 && growth[0]![2]
      ? `Time per added page (flat = linear growth):\n${table(['site', 'build', 'wall ms per added page', 'CPU ms per added page'], growth)}`
      : 'Growth: run two or more sizes to see it.',
  ].join('\n');
}

function weightReport(weight: WeightSection): string {
  const rows = weight.rows.map((row) => [
    row.site,
    row.label,
    row.path,
    kb(row.htmlGzip),
    kb(row.cssGzip),
    kb(row.inlineCssGzip),
    kb(row.jsGzip),
    kb(row.inlineJsGzip),
    kb(row.searchWarmUpGzip),
    row.requests,
  ]);
  const mermaid = weight.mermaid;
  return [
    table(
      [
        'site',
        'page',
        'path',
        'HTML KB',
        'CSS KB',
        'inline CSS KB',
        'JS KB',
        'inline JS KB',
        'search warm-up KB',
        'requests',
      ],
      rows,
    ),
    'HTML includes its inline CSS and JS; CSS and JS are the files the page loads without interaction.',
    "Search warm-up: Pagefind's files the handbook fetches once the page is interactive (plain Starlight at the first query); requests include them.",
    '',
    `JS beyond Starlight's own: ${kb(weight.extraJsGzip)} KB gzip (${weight.extraScripts.join(', ') || 'no extra scripts'})`,
    `Mermaid runtime: ${mermaid.runtimeFiles.length} JS files, ${mermaid.pagesWithRuntime.length} pages, ${mermaid.requested.length} requests`,
  ].join('\n');
}

function searchReport(search: SearchFigures): string {
  const rows = search.browser.map((run) => [
    run.label,
    run.query,
    run.warmUpRequests,
    kb(run.warmUpWireBytes),
    run.requests,
    kb(run.wireBytes),
    run.firstKeyToResultMs,
    run.lastKeyToResultMs,
  ]);
  return [
    table(
      [
        'site',
        'first query',
        'warm-up requests',
        'warm-up KB',
        'query requests',
        'query KB (gzip)',
        'ms first key → result',
        'ms last key → result',
      ],
      rows,
    ),
    '',
    `Search quality (npm run bench:search): ${search.quality.state}`,
    qualityReport(search.quality),
  ].join('\n');
}

interface Quality {
  queries: number;
  handbook: { hitRate: number; mrr: number };
  starlightDefaults: { hitRate: number; mrr: number };
  dialog?: { name: string; queries: number; hitRate: number; mrr: number }[];
}

/** Hit rate and MRR as bench:search reports them in JSON; its own output otherwise. */
function qualityReport(run: PeerRun): string {
  const json = run.json as Partial<Quality> | undefined;
  if (!json?.handbook || !json.starlightDefaults) return run.output;
  const row = (name: string, figures: Quality['handbook']) => [
    name,
    `${(figures.hitRate * 100).toFixed(1)} %`,
    figures.mrr.toFixed(3),
  ];
  return [
    `${json.queries} on-call queries, hit = expected page in the top 3`,
    table(
      ['settings', 'hit rate', 'MRR'],
      [
        row('handbook', json.handbook),
        row('Starlight defaults', json.starlightDefaults),
        ...(json.dialog ?? []).map((set) => row(`search dialog, ${set.queries} ${set.name}`, set)),
      ],
    ),
  ].join('\n');
}

interface VisitFigures {
  runbookFcp?: number;
  searchReady?: number;
  firstResults?: number;
}

/** Every `{ runbookFcp, firstResults }` object in bench:network's JSON, named by its key path. */
function visits(value: unknown, name = ''): [string, VisitFigures][] {
  if (typeof value !== 'object' || value === null) return [];
  const figures = value as VisitFigures;
  if (typeof figures.runbookFcp === 'number' || typeof figures.firstResults === 'number')
    return [[name, figures]];
  return Object.entries(value).flatMap(([key, child]) => visits(child, name ? `${name}.${key}` : key));
}

/** bench:network's JSON as a table (and its errors, if it failed); its own output otherwise. */
function networkReport(run: PeerRun): string {
  const rows = visits(run.json).map(([visit, figures]) => [
    visit,
    figures.runbookFcp?.toFixed(0),
    figures.searchReady?.toFixed(0) ?? '—',
    figures.firstResults?.toFixed(0),
  ]);
  if (rows.length === 0) return `${run.state}\n${run.output}`;
  const about = Object.entries(run.json as Record<string, unknown>)
    .filter(([, value]) => typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`);
  const status =
    run.state === 'ok'
      ? ''
      : `\n${run.state}: ${run.output.split('\n').find((line) => /error/i.test(line)) ?? ''}`;
  return `${about.join(', ')}\n${table(['visit', 'runbook FCP ms', 'search ready ms', 'first results ms'], rows)}${status}`;
}

const toolRows = (runs: ToolRun[]) =>
  runs.map((run) => [run.input, run.tool, run.state === 'ok' ? fixed(run.seconds, 2) : run.state, run.note]);

function externalReport(external: ExternalSection): string {
  const ideal =
    external.idealSeconds === undefined
      ? 'unknown (checker not loadable)'
      : `${fixed(external.idealSeconds, 2)} s`;
  return [
    table(['input', 'tool', 'seconds', 'reported'], toolRows(external.runs)),
    '',
    `Ideal: ${external.urls} × ${external.latencyMs} ms ÷ concurrency ${external.concurrency ?? '?'} = ${ideal}; requests served during the online check: ${external.requestsServed ?? '—'}`,
  ].join('\n');
}

const perThousand = (count: number, commands: number) => ((count * 1000) / Math.max(commands, 1)).toFixed(1);

/** Per repository: what was checked and how fast; per rule: errors (real and false) and warnings per 1,000 commands. */
function folderCheckReport(folder: FolderCheckSection): string {
  const runs = folder.repositories;
  const speed = runs.map((run) => [
    run.repository,
    run.summary.files,
    run.summary.commands,
    run.declared,
    fixed(run.seconds, 2),
    run.summary.durationMs,
    Math.round((run.summary.commands * 1000) / Math.max(run.summary.durationMs, 1)),
    fixed(run.commandStageMs, 0),
    Math.round((run.summary.commands * 1000) / Math.max(run.commandStageMs, 1)),
  ]);
  const rules = runs
    .filter((run) => !run.generated)
    .flatMap((run) =>
      run.rules.map((rule) => [
        run.repository,
        rule.rule,
        rule.errors,
        rule.realErrors,
        rule.errors - rule.realErrors,
        perThousand(rule.errors - rule.realErrors, run.summary.commands),
        rule.warnings,
        perThousand(rule.warnings, run.summary.commands),
      ]),
    );
  const totals = folderCheckTotals(folder);
  const listed = (real: boolean) =>
    runs
      .flatMap((run) => run.errors.filter((item) => item.real === real))
      .map((item) => `  ${item.file}:${item.line} ${item.rule}: ${item.message}`);
  return [
    `Corpus: ${folder.corpus}; each repository checked offline with a config declaring only its own programs (bench/folder-check.yaml); generated-N is the bench's own corpus source, for speed only.`,
    table(
      [
        'repository',
        'files',
        'commands',
        'declared',
        'wall s',
        'check ms',
        'cmd/s',
        'shell stage ms',
        'cmd/s shell',
      ],
      speed,
    ),
    '',
    table(
      ['repository', 'rule', 'errors', 'real', 'false', 'false /1,000', 'warnings', 'warnings /1,000'],
      rules,
    ),
    '',
    `Command and secret rules: ${totals.falseErrors} false errors over ${totals.commands} commands (${totals.falsePerThousand.toFixed(1)} per 1,000).`,
    `Errors judged real (${listed(true).length}):`,
    ...listed(true),
    `Errors judged false or not judged yet (${listed(false).length}):`,
    ...listed(false),
    ...(totals.missed.length > 0
      ? ['Judged real but not reported this run:', ...totals.missed.map((item) => `  ${item}`)]
      : []),
  ].join('\n');
}

function section<T extends object>(
  title: string,
  outcome: Outcome<T> | undefined,
  render: (value: T) => string,
): string {
  if (outcome === undefined) return '';
  const body = failed(outcome) ? `FAILED: ${outcome.error}` : render(outcome);
  return `\n## ${title}\n\n${body}\n`;
}

/** The whole run as the tables `npm run bench` prints. */
export function formatReport(results: BenchResults): string {
  const { machine } = results;
  return [
    `# npm run bench — ${results.startedAt}, ${Math.round(results.seconds)} s`,
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}, Astro ${machine.astro}, Starlight ${machine.starlight}`,
    section('1. Build at scale', results.build, buildReport),
    section('2. Page weight (gzip, as Chromium loads the page)', results.weight, weightReport),
    section('3. Search', results.search, searchReport),
    section('4. Checking (offline)', results.checking, (runs) =>
      table(['input', 'tool', 'seconds', 'reported'], toolRows(runs)),
    ),
    section('4. Checking (external URLs)', results.external, externalReport),
    section("5. Folder check on other teams' runbooks", results.folderCheck, folderCheckReport),
    section('Weak connection (npm run bench:network)', results.network, networkReport),
    '\n## Targets\n',
    table(
      ['figure', 'target', 'measured', 'met'],
      results.targets.map((target) => [
        target.name,
        target.target,
        target.value,
        target.met === undefined ? '—' : target.met ? 'yes' : 'NO',
      ]),
    ),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

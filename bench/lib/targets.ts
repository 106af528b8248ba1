import type { ToolRun } from '../sections/checking.ts';
import { folderCheckTotals } from '../sections/folder-check.ts';
import { ok, type BenchResults, type Target } from './results.ts';
import { kb } from './table.ts';

/** The targets, judged on this run's figures. */
export function judgeTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const targets: Target[] = [];
  const build = ok(results.build);
  if (build) {
    const largest = Math.max(...build.builds.map((figure) => figure.pages));
    for (const ratio of build.ratios.filter((entry) => entry.pages === largest)) {
      targets.push({
        name: `build time ÷ plain Starlight, ${largest} pages, ${ratio.phase}`,
        target: '≤ 1.25×',
        value: `${ratio.time.toFixed(2)}× wall, ${ratio.cpu?.toFixed(2) ?? '—'}× CPU`,
        met: ratio.time <= 1.25,
      });
      // On a shared machine wall time follows the neighbours' load; CPU time follows the build.
      if (ratio.cpu !== undefined)
        targets.push({
          name: `build CPU time ÷ plain Starlight, ${largest} pages, ${ratio.phase}`,
          target: '≤ 1.25× (read this one on a busy machine)',
          value: `${ratio.cpu.toFixed(2)}×`,
          met: ratio.cpu <= 1.25,
        });
    }
    const sample = (site: 'plain' | 'handbook') => build.html.filter((figure) => figure.site === site);
    const handbook = sample('handbook');
    const first = handbook[0]!;
    const last = handbook.at(-1)!;
    const plain = sample('plain');
    if (handbook.length > 1)
      targets.push({
        name: `HTML of one page, ${first.pages} → ${last.pages} pages`,
        target: 'does not grow with N',
        value: `${first.samplePageGzip} → ${last.samplePageGzip} B gzip (plain Starlight ${plain[0]!.samplePageGzip} → ${plain.at(-1)!.samplePageGzip})`,
        met: last.samplePageGzip <= first.samplePageGzip * 1.02,
      });
    for (const growth of build.growth.filter((entry) => entry.site === 'handbook')) {
      const steps = [
        ['time', growth.msPerAddedPage],
        ['CPU time', growth.cpuMsPerAddedPage ?? []],
      ] as const;
      for (const [what, perPage] of steps) {
        if (perPage.length < 2) continue;
        const [from, to] = [perPage[0]!, perPage.at(-1)!];
        // A bigger site built faster than a smaller one: the machine's load, not the build, made the step.
        const noisy = perPage.some((step) => step[2] <= 0);
        targets.push({
          name: `build ${what} growth, ${growth.phase} (ms per added page)`,
          target: 'close to linear (≤ 1.5× from first to last step)',
          value: `${from[2]} (${from[0]}→${from[1]}) vs ${to[2]} (${to[0]}→${to[1]})${noisy ? ': too noisy to judge' : ''}`,
          met: noisy ? undefined : to[2] <= from[2] * 1.5,
        });
      }
    }
  }
  targets.push(...javaScriptBudget(results));
  const weight = ok(results.weight);
  if (weight) {
    targets.push({
      name: 'JS beyond Starlight’s own (gzip)',
      target: '≤ 8 KB',
      value: `${kb(weight.extraJsGzip)} KB`,
      met: weight.extraJsGzip <= 8 * 1024,
    });
    const mermaid =
      weight.mermaid.runtimeFiles.length +
      weight.mermaid.pagesWithRuntime.length +
      weight.mermaid.requested.length;
    targets.push({
      name: 'Mermaid runtime on any page',
      target: 'none',
      value: mermaid === 0 ? 'none' : `${mermaid} found`,
      met: mermaid === 0,
    });
  }
  return targets;
}

/** Issue 14's page budget: what each kind of page loads without interaction, every script counted. */
export const javaScriptBudgetBytes = 38.5 * 1024;

/** One target per handbook page kind measured: its JavaScript (gzip) against the budget. */
function javaScriptBudget(results: Omit<BenchResults, 'targets'>): Target[] {
  const weight = ok(results.weight);
  if (!weight) return [];
  return weight.rows
    .filter((row) => row.site === 'handbook')
    .map((row) => ({
      name: `JS without interaction, ${row.label} page (gzip, every script, search included)`,
      target: `≤ ${kb(javaScriptBudgetBytes)} KB`,
      value: `${kb(row.allJsGzip)} KB`,
      met: row.allJsGzip <= javaScriptBudgetBytes,
    }));
}

const tools = (results: Omit<BenchResults, 'targets'>) => ok(results.checking) ?? [];

/** Issue 12's targets for the folder check: noise on other teams' runbooks, and speed. */
export function judgeFolderCheckTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const targets: Target[] = [];
  const section = ok(results.folderCheck);
  if (section) {
    const totals = folderCheckTotals(section);
    targets.push(
      {
        name: `false errors per 1,000 commands, command and secret rules (${section.repositories.filter((run) => !run.generated).length} repositories of other teams' runbooks)`,
        target: '≤ 5',
        value: `${totals.falsePerThousand.toFixed(1)} (${totals.falseErrors} of ${totals.commands} commands)`,
        met: totals.falsePerThousand <= 5,
      },
      {
        name: 'real defects judged in bench/folder-check.yaml still reported',
        target: 'all',
        value:
          totals.missed.length === 0 ? `all ${totals.realErrors}` : `missed: ${totals.missed.join(', ')}`,
        met: totals.missed.length === 0,
      },
      {
        name: `commands checked per second (shell blocks: model, parsers, command rules; ${totals.speedCommands} commands)`,
        target: '≥ 5,000',
        value: `${Math.round(totals.stagePerSecond)} (whole check with Markdown parsing: ${Math.round(totals.checkPerSecond)})`,
        met: totals.stagePerSecond >= 5000,
      },
    );
  }
  const corpus = tools(results).filter((run) => run.input.startsWith('corpus') && run.state === 'ok');
  const seconds = (tool: ToolRun['tool']) => corpus.find((run) => run.tool === tool)?.seconds;
  const [folder, mlc, linkinator] = [
    seconds('folder check'),
    seconds('markdown-link-check'),
    seconds('linkinator'),
  ];
  if (folder !== undefined && mlc !== undefined)
    targets.push({
      name: `folder check vs markdown-link-check, ${corpus[0]!.input}`,
      target: 'faster',
      value: `${folder.toFixed(1)} s vs ${mlc.toFixed(1)} s`,
      met: folder < mlc,
    });
  if (folder !== undefined && linkinator !== undefined)
    targets.push({
      name: `folder check vs linkinator, ${corpus[0]!.input}`,
      target: '≥ 3× faster',
      value: `${(linkinator / folder).toFixed(2)}× (${folder.toFixed(1)} s vs ${linkinator.toFixed(1)} s)`,
      met: linkinator / folder >= 3,
    });
  return targets;
}

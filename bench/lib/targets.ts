import { ok, type BenchResults, type Target } from './results.ts';
import { kb } from './table.ts';

/** The targets, judged on this run's figures. */
export function judgeTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const targets: Target[] = [];
  const build = ok(results.build);
  if (build) {
    const largest = Math.max(...build.builds.map((figure) => figure.pages));
    for (const ratio of build.ratios.filter((entry) => entry.pages === largest))
      targets.push({
        name: `build time ÷ plain Starlight, ${largest} pages, ${ratio.phase}`,
        target: '≤ 1.25×',
        value: `${ratio.time.toFixed(2)}× wall, ${ratio.cpu?.toFixed(2) ?? '—'}× CPU`,
        met: ratio.time <= 1.25,
      });
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
      if (growth.msPerAddedPage.length < 2) continue;
      const [from, to] = [growth.msPerAddedPage[0]!, growth.msPerAddedPage.at(-1)!];
      targets.push({
        name: `build time growth, ${growth.phase} (ms per added page)`,
        target: 'close to linear (≤ 1.5× from first to last step)',
        value: `${from[2]} (${from[0]}→${from[1]}) vs ${to[2]} (${to[0]}→${to[1]})`,
        met: to[2] <= from[2] * 1.5,
      });
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

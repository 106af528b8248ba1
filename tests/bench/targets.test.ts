import { describe, expect, test } from 'vitest';
import { judgeTargets } from '../../bench/lib/targets.ts';
import { buildGrowth, buildRatios, type BuildFigure } from '../../bench/sections/build.ts';

const figure = (
  pages: number,
  site: 'plain' | 'handbook',
  phase: 'cold' | 'warm',
  seconds: number,
  cpuSeconds: number,
): BuildFigure => ({
  pages,
  site,
  phase,
  seconds,
  cpuSeconds,
  peakRssMb: 1000,
  treePeakMb: 1000,
  treePeakProcesses: 4,
});

// Wall times as on a loaded machine (the handbook's builds met busier moments), CPU times steady.
const builds = [100, 500, 1000].flatMap((pages) => [
  figure(pages, 'plain', 'cold', pages * 0.1, pages * 0.04),
  figure(pages, 'handbook', 'cold', pages * 0.3, pages * 0.048),
  figure(pages, 'plain', 'warm', pages * 0.1, pages * 0.04),
  figure(pages, 'handbook', 'warm', pages * (pages === 1000 ? 0.4 : 0.12), pages * 0.044),
]);

function targets() {
  const html = [100, 1000].flatMap((pages) =>
    (['plain', 'handbook'] as const).map((site) => ({ pages, site, meanGzip: 1, samplePageGzip: 1 })),
  );
  const build = { samplePage: 'x', builds, html, ratios: buildRatios(builds), growth: buildGrowth(builds) };
  const judged = judgeTargets({
    startedAt: '',
    seconds: 0,
    machine: {} as never,
    options: {} as never,
    build,
  });
  return Object.fromEntries(judged.map((target) => [target.name, target.met]));
}

describe('the build targets', () => {
  test('are judged on wall time and on CPU time, each at the largest size', () => {
    expect(targets()).toMatchObject({
      'build time ÷ plain Starlight, 1000 pages, cold': false,
      'build CPU time ÷ plain Starlight, 1000 pages, cold': true,
      'build time ÷ plain Starlight, 1000 pages, warm': false,
      'build CPU time ÷ plain Starlight, 1000 pages, warm': true,
    });
  });

  test('judge growth per added page from the first step to the last, in wall and CPU time', () => {
    expect(targets()).toMatchObject({
      'build time growth, cold (ms per added page)': true,
      'build CPU time growth, cold (ms per added page)': true,
      'build time growth, warm (ms per added page)': false,
      'build CPU time growth, warm (ms per added page)': true,
    });
    const noisy = builds.map((build) =>
      build.pages === 1000 && build.site === 'handbook' && build.phase === 'cold'
        ? { ...build, seconds: 1 }
        : build,
    );
    const judged = judgeTargets({
      startedAt: '',
      seconds: 0,
      machine: {} as never,
      options: {} as never,
      build: {
        samplePage: 'x',
        builds: noisy,
        html: [],
        ratios: buildRatios(noisy),
        growth: buildGrowth(noisy),
      },
    });
    // 1,000 pages built faster than 500: no verdict rather than a false "yes".
    expect(judged.find((target) => target.name === 'build time growth, cold (ms per added page)')?.met).toBe(
      undefined,
    );
    const warm = buildGrowth(builds).find((entry) => entry.site === 'handbook' && entry.phase === 'warm')!;
    expect(warm.cpuMsPerAddedPage).toEqual([
      [100, 500, 44],
      [500, 1000, 44],
    ]);
  });
});

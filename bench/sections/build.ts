import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../lib/build-site.ts';
import { gzipBytes } from '../lib/gzip.ts';
import { createSite, type BenchSite, type SiteKind } from '../lib/sites.ts';

export type Phase = 'cold' | 'warm';

export interface BuildFigure {
  pages: number;
  site: SiteKind;
  /** `cold`: no Astro or diagram cache; `warm`: the same project built again with both caches. */
  phase: Phase;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the build and its children (Chromium, Pagefind): steadier than wall time on a busy machine. */
  cpuSeconds: number | undefined;
  peakRssMb: number | undefined;
  /** Peak PSS of the build's whole process tree (Chromium and Pagefind included). */
  treePeakMb: number | undefined;
  treePeakProcesses: number | undefined;
}

export interface HtmlFigure {
  pages: number;
  site: SiteKind;
  /** Mean gzip bytes of the HTML of the generated pages. */
  meanGzip: number;
  /** Gzip bytes of one page that is the same at every N (the corpus's second page). */
  samplePageGzip: number;
}

export interface BuildSection {
  samplePage: string;
  builds: BuildFigure[];
  html: HtmlFigure[];
  /** The built sites of the largest N, for the checking and search sections. */
  largest: { pages: number; handbook: BenchSite; plain: BenchSite } | undefined;
}

const htmlFile = (site: BenchSite, id: string) => path.join(site.root, 'dist', id, 'index.html');

function htmlFigure(site: BenchSite, pages: number): HtmlFigure {
  const sizes = site.pages.map((page) => gzipBytes(readFileSync(htmlFile(site, page.id))));
  return {
    pages,
    site: site.kind,
    meanGzip: Math.round(sizes.reduce((sum, size) => sum + size, 0) / sizes.length),
    samplePageGzip: gzipBytes(readFileSync(htmlFile(site, site.pages[1]!.id))),
  };
}

/**
 * For each N: the same corpus as the handbook and as plain Starlight, each built cold then warm.
 * Builds alternate between the two sites so that load from elsewhere on the machine hits both.
 */
export async function benchBuild(
  sizes: readonly number[],
  log: (line: string) => void,
): Promise<BuildSection> {
  const section: BuildSection = { samplePage: '', builds: [], html: [], largest: undefined };
  for (const pages of sizes) {
    const sites = { plain: createSite('plain', pages), handbook: createSite('handbook', pages) };
    section.samplePage = sites.handbook.pages[1]!.id;
    for (const phase of ['cold', 'warm'] as const) {
      for (const site of [sites.plain, sites.handbook]) {
        log(`build: ${site.kind}, ${pages} pages, ${phase}`);
        const run = await buildSite(site.root);
        const { cpuSeconds, peakRssMb, treePeakMb, treePeakProcesses } = run;
        section.builds.push({
          pages,
          site: site.kind,
          phase,
          seconds: run.ms / 1000,
          cpuSeconds,
          peakRssMb,
          treePeakMb,
          treePeakProcesses,
        });
      }
    }
    section.html.push(htmlFigure(sites.plain, pages), htmlFigure(sites.handbook, pages));
    if (pages === Math.max(...sizes)) section.largest = { pages, ...sites };
  }
  return section;
}

export interface BuildRatio {
  pages: number;
  phase: Phase;
  /** Handbook build time ÷ plain Starlight's, wall clock. */
  time: number;
  /** The same for CPU time. */
  cpu: number | undefined;
  /** Handbook peak RSS (largest process) ÷ plain Starlight's. */
  memory: number | undefined;
}

export interface Growth {
  site: SiteKind;
  phase: Phase;
  /** Build time per page added, between consecutive sizes: [from, to, ms per page]. */
  msPerAddedPage: [number, number, number][];
  /** The same in CPU time (of the build and its children), steadier on a shared machine. */
  cpuMsPerAddedPage: [number, number, number][] | undefined;
}

const find = (builds: BuildFigure[], pages: number, site: SiteKind, phase: Phase) =>
  builds.find((build) => build.pages === pages && build.site === site && build.phase === phase)!;

/** Handbook ÷ plain Starlight at each N and phase. */
export function buildRatios(builds: BuildFigure[]): BuildRatio[] {
  const sizes = [...new Set(builds.map((build) => build.pages))];
  return sizes.flatMap((pages) =>
    (['cold', 'warm'] as const).map((phase) => {
      const handbook = find(builds, pages, 'handbook', phase);
      const plain = find(builds, pages, 'plain', phase);
      const memory = handbook.peakRssMb && plain.peakRssMb ? handbook.peakRssMb / plain.peakRssMb : undefined;
      const cpu =
        handbook.cpuSeconds && plain.cpuSeconds ? handbook.cpuSeconds / plain.cpuSeconds : undefined;
      return { pages, phase, time: handbook.seconds / plain.seconds, cpu, memory };
    }),
  );
}

/** The marginal cost of a page: flat when build time grows linearly with N. */
export function buildGrowth(builds: BuildFigure[]): Growth[] {
  const sizes = [...new Set(builds.map((build) => build.pages))];
  const perAddedPage = (site: SiteKind, phase: Phase, seconds: (build: BuildFigure) => number | undefined) =>
    sizes.slice(1).map((to, index): [number, number, number] => {
      const from = sizes[index]!;
      const added = seconds(find(builds, to, site, phase))! - seconds(find(builds, from, site, phase))!;
      return [from, to, Math.round((added * 1000) / (to - from))];
    });
  const hasCpu = builds.every((build) => build.cpuSeconds !== undefined);
  return (['plain', 'handbook'] as const).flatMap((site) =>
    (['cold', 'warm'] as const).map((phase) => ({
      site,
      phase,
      msPerAddedPage: perAddedPage(site, phase, (build) => build.seconds),
      cpuMsPerAddedPage: hasCpu ? perAddedPage(site, phase, (build) => build.cpuSeconds) : undefined,
    })),
  );
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Browser } from 'playwright-core';
import { filesUnder, readHtml } from '../../tests/helpers/html.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { loadPage, oncePerPath, type Resource } from '../lib/browser-load.ts';
import { gzipBytes } from '../lib/gzip.ts';

export interface WeightRow {
  site: 'handbook' | 'plain';
  label: string;
  path: string;
  htmlGzip: number;
  /** External stylesheets. */
  cssGzip: number;
  /** Inline `<style>` elements (already counted in the HTML). */
  inlineCssGzip: number;
  /** External scripts the page loads without interaction, Starlight's idle search UI included. */
  jsGzip: number;
  /**
   * Every script the page loads without interaction, search's included (Pagefind's runtime and worker
   * when a page fetches them), plus its inline scripts: the figure the 38.5 KB budget is about.
   */
  allJsGzip: number;
  /**
   * Pagefind's own files (runtime, index, excerpts) fetched without interaction; plain Starlight
   * fetches them at the first query, the handbook when the reader opens search.
   */
  searchWarmUpGzip: number;
  /** Inline `<script>` elements (already counted in the HTML). */
  inlineJsGzip: number;
  requests: number;
  /** Script names without their content hash, such as `page.js`. */
  scripts: string[];
}

export interface WeightSection {
  rows: WeightRow[];
  /** Largest JS (external + inline, gzip) of a handbook page minus the largest of a plain Starlight page (all of Starlight's own, code-block script included). */
  extraJsGzip: number;
  /** Scripts handbook pages load that the plain Starlight page does not. */
  extraScripts: string[];
  mermaid: { runtimeFiles: string[]; pagesWithRuntime: string[]; requested: string[] };
}

export interface WeightTarget {
  site: WeightRow['site'];
  label: string;
  /** Site path, such as `/runbooks/scaling/`. */
  path: string;
}

const unhashed = (sitePath: string) => path.basename(sitePath).replace(/\.[\w-]{8}(\.\w+)$/, '$1');
const sum = (resources: Resource[], type: string) =>
  resources
    .filter((resource) => resource.type === type)
    .reduce((total, resource) => total + resource.wire, 0);

async function measurePage(browser: Browser, dist: string, target: WeightTarget): Promise<WeightRow> {
  const server = await serveStatic(dist);
  try {
    const loaded = await loadPage(browser, server.origin + target.path, dist);
    const { inlineScripts, inlineStyles } = loaded;
    const isSearch = (resource: Resource) => resource.path.includes('/pagefind/');
    const search = oncePerPath(loaded.resources.filter(isSearch));
    const resources = loaded.resources.filter((resource) => !isSearch(resource));
    const scripts = resources.filter((resource) => resource.type === 'script');
    const searchScripts = search.filter((resource) => resource.path.endsWith('.js'));
    const inlineJsGzip = inlineScripts.reduce((total, text) => total + gzipBytes(text), 0);
    return {
      ...target,
      htmlGzip: sum(resources, 'document'),
      cssGzip: sum(resources, 'stylesheet'),
      inlineCssGzip: inlineStyles.reduce((total, text) => total + gzipBytes(text), 0),
      jsGzip: sum(resources, 'script'),
      allJsGzip:
        sum(resources, 'script') +
        searchScripts.reduce((total, resource) => total + resource.wire, 0) +
        inlineJsGzip,
      searchWarmUpGzip: search.reduce((total, resource) => total + resource.wire, 0),
      inlineJsGzip,
      requests: resources.length + search.length,
      scripts: [...new Set(scripts.map((resource) => unhashed(resource.path)))].sort(),
    };
  } finally {
    await server.close();
  }
}

// The Mermaid library's own entry points, not the `mermaid-*` class names of the inline SVG.
const mermaidRuntime =
  /mermaidAPI|mermaid\.(initialize|run|render)\b|["'][^"']*\/mermaid(\.esm)?(\.min)?\.m?js["']/;

/** JS files and pages of the whole build that carry or load the Mermaid runtime. */
function findMermaid(dist: string) {
  const runtimeFiles = filesUnder(dist, '.js')
    .filter((file) => !file.includes(`${path.sep}pagefind${path.sep}`))
    .filter((file) => mermaidRuntime.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(dist, file));
  const pagesWithRuntime = filesUnder(dist, '.html')
    .filter((file) =>
      selectAll('script', readHtml(file)).some((script: Element) => {
        const src = String(script.properties['src'] ?? '');
        const text = script.children.map((child) => ('value' in child ? child.value : '')).join('');
        return /mermaid/i.test(src) || mermaidRuntime.test(text);
      }),
    )
    .map((file) => path.relative(dist, file));
  return { runtimeFiles, pagesWithRuntime };
}

/** Gzip bytes of each target page as Chromium loads it, and what the handbook adds to Starlight's JS. */
export async function benchWeight(
  browser: Browser,
  dists: { handbook: string; plain: string },
  targets: readonly WeightTarget[],
): Promise<WeightSection> {
  const rows: WeightRow[] = [];
  for (const target of targets) rows.push(await measurePage(browser, dists[target.site], target));
  const plain = rows.filter((row) => row.site === 'plain');
  const handbook = rows.filter((row) => row.site === 'handbook');
  const js = (row: WeightRow) => row.jsGzip + row.inlineJsGzip;
  const plainJs = Math.max(...plain.map(js));
  const plainScripts = new Set(plain.flatMap((row) => row.scripts));
  return {
    rows,
    extraJsGzip: Math.max(...handbook.map(js)) - plainJs,
    extraScripts: [...new Set(handbook.flatMap((row) => row.scripts))]
      .filter((name) => !plainScripts.has(name))
      .sort(),
    mermaid: {
      ...findMermaid(dists.handbook),
      requested: handbook.flatMap((row) => row.scripts).filter((name) => /mermaid/i.test(name)),
    },
  };
}

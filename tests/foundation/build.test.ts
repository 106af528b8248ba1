import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { attributeValues, filesUnder, readHtml } from '../helpers/html.ts';

const fixture = path.resolve('tests/fixtures/tiny-site');
const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-build-'));
const mermaidCache = path.join(scratch, 'mermaid-cache');
const rootOut = path.join(scratch, 'root');
const baseOut = path.join(scratch, 'base');
let firstBuild: ReturnType<typeof astroBuild>;
let cachedBuild: ReturnType<typeof astroBuild>;

beforeAll(() => {
  firstBuild = astroBuild(fixture, rootOut, { MERMAID_CACHE_DIR: mermaidCache });
  // No browser can start with this path: the build passes only if every diagram comes from the cache.
  cachedBuild = astroBuild(fixture, baseOut, {
    MERMAID_CACHE_DIR: mermaidCache,
    BASE_PATH: '/handbook/',
    CHROMIUM_PATH: '/nonexistent/chromium',
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a real build of the tiny fixture site', () => {
  test('succeeds', () => {
    expect(firstBuild.status, firstBuild.output).toBe(0);
  });

  test('renders the Mermaid fence to inline SVG, once per colour theme', () => {
    const page = readHtml(path.join(rootOut, 'index.html'));
    const figures = selectAll('figure.mermaid-figure', page);
    expect(figures).toHaveLength(1);
    expect(selectAll('.mermaid-light > svg', page)).toHaveLength(1);
    expect(selectAll('.mermaid-dark > svg', page)).toHaveLength(1);
    expect(selectAll('pre.mermaid, code.language-mermaid', page)).toHaveLength(0);
  });

  test('ships no Mermaid JavaScript', () => {
    const scripts = filesUnder(rootOut, '.js').filter(
      (file) => !file.includes(`${path.sep}pagefind${path.sep}`),
    );
    const withMermaid = scripts.filter((file) => /mermaid/i.test(readFileSync(file, 'utf8')));
    expect(withMermaid).toEqual([]);
    const scriptSources = attributeValues(readHtml(path.join(rootOut, 'index.html')), 'script[src]', 'src');
    expect(scriptSources.filter((src) => /mermaid/i.test(src))).toEqual([]);
  });

  test('renders GitHub-flavoured Markdown: tables, task lists, footnotes, strikethrough, autolinks', () => {
    const page = readHtml(path.join(rootOut, 'index.html'));
    expect(selectAll('.sl-markdown-content table', page)).toHaveLength(1);
    expect(selectAll('input[type=checkbox]', page)).toHaveLength(2);
    expect(selectAll('section.footnotes li', page)).toHaveLength(1);
    expect(selectAll('del', page)).toHaveLength(1);
    expect(attributeValues(page, '.sl-markdown-content a', 'href')).toContain('https://status.corp.internal');
  });
});

describe('a build with BASE_PATH=/handbook/', () => {
  test('reuses cached diagrams without starting a browser', () => {
    expect(cachedBuild.status, cachedBuild.output).toBe(0);
    expect(selectAll('.mermaid-light > svg', readHtml(path.join(baseOut, 'index.html')))).toHaveLength(1);
  });

  test('prefixes every internal link and asset with the base', () => {
    const internal: string[] = [];
    for (const file of filesUnder(baseOut, '.html')) {
      const tree = readHtml(file);
      internal.push(
        ...attributeValues(tree, 'a[href]', 'href'),
        ...attributeValues(tree, 'link[href]', 'href'),
        ...attributeValues(tree, 'script[src]', 'src'),
      );
    }
    const rootRelative = internal.filter((url) => url.startsWith('/'));
    expect(rootRelative.length).toBeGreaterThan(10);
    expect(rootRelative.filter((url) => !url.startsWith('/handbook/'))).toEqual([]);
    expect(rootRelative).toContain('/handbook/runbooks/restart/#steps');
  });

  test('loads the search index from under the base', () => {
    const search = filesUnder(path.join(baseOut, '_astro'), '.js').filter((file) => file.includes('Search'));
    expect(search).toHaveLength(1);
    // Starlight builds the bundle path as `${base}` + `/pagefind/`.
    expect(readFileSync(search[0]!, 'utf8')).toContain('bundlePath:`/handbook/`');
    expect(filesUnder(path.join(baseOut, 'pagefind'), 'pagefind.js')).toHaveLength(1);
  });
});

describe('a Mermaid syntax error', () => {
  const broken = path.resolve(`tests/fixtures/.tmp-broken-${process.pid}`);
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  test('fails the build naming the file and line', () => {
    cpSync(fixture, broken, { recursive: true, filter: (source) => !/[/\\](dist|\.astro)$/.test(source) });
    writeFileSync(
      path.join(broken, 'src/content/docs/broken.mdx'),
      '---\ntitle: Broken\ndescription: A diagram that does not parse.\n---\n\nText.\n\n```mermaid\nflowchart LR\n  A -->> B\n```\n',
    );
    const result = astroBuild(broken, path.join(scratch, 'broken'), { MERMAID_CACHE_DIR: mermaidCache });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Mermaid diagram at src/content/docs/broken.mdx:8 does not parse');
  });
});

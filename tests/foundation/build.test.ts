import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, userEnvironment } from '../helpers/astro-build.ts';
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
    // The diagram zoom script names the diagrams' class; the Mermaid runtime has its API in it.
    const withMermaid = scripts.filter((file) =>
      /mermaidAPI|mermaid\.(initialize|render|run)\b/.test(readFileSync(file, 'utf8')),
    );
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
    // Full-text search loads as its own chunk when the reader opens search (search-full.ts).
    const search = filesUnder(path.join(baseOut, '_astro'), '.js').filter((file) =>
      path.basename(file).startsWith('search-full.'),
    );
    expect(search).toHaveLength(1);
    // It builds the bundle path from the base: `${base}` + `/pagefind/`.
    const bundle = readFileSync(search[0]!, 'utf8');
    expect(bundle).toContain('`/handbook/`');
    expect(bundle).toContain('/pagefind/');
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
    expect(result.output).toContain('src/content/docs/broken.mdx:8 mermaid: the diagram does not parse');
  });
});

describe('npm run build (scripts/build.ts) when the build fails', () => {
  const site = path.resolve(`tests/fixtures/.tmp-failing-${process.pid}`);
  const dist = path.join(site, 'dist');
  const npmBuild = () =>
    spawnSync(process.execPath, [path.resolve('scripts/build.ts')], {
      cwd: site,
      env: userEnvironment({ MERMAID_CACHE_DIR: mermaidCache }),
      encoding: 'utf8',
    });
  let before: Map<string, string>;
  beforeAll(() => {
    cpSync(fixture, site, { recursive: true, filter: (source) => !/[/\\](dist|\.astro)$/.test(source) });
    const first = npmBuild();
    if (first.status !== 0) throw new Error(`the first build failed:\n${first.stdout}${first.stderr}`);
    before = snapshot(dist);
  }, 600_000);
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test.each([
    [
      'an MDX syntax error',
      'src/content/docs/broken.mdx',
      '---\ntitle: Broken\ndescription: MDX that does not parse.\n---\n\nText {with an open brace.\n',
      'broken.mdx',
    ],
    [
      'a component that throws while pages render',
      'src/content/docs/runbooks/zz-broken.mdx',
      "---\ntitle: Broken\ndescription: A component that throws.\n---\n\nimport Boom from '../../../components/Boom.astro';\n\n<Boom />\n",
      'Boom: this component always fails',
    ],
  ])('leaves the previous dist/ byte for byte as it was: %s', (_name, file, text, why) => {
    mkdirSync(path.join(site, 'src/components'), { recursive: true });
    writeFileSync(
      path.join(site, 'src/components/Boom.astro'),
      "---\nthrow new Error('Boom: this component always fails');\n---\n",
    );
    writeFileSync(path.join(site, file), text);
    try {
      const result = npmBuild();
      expect(result.status, result.stdout).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain(why);
      expect(`${result.stdout}${result.stderr}`).toContain('dist is left as it was');
      expect(snapshot(dist)).toEqual(before);
      // Nothing of the failed build is left beside it.
      expect(readdirSync(site).filter((name) => name.includes('dist'))).toEqual(['dist']);
    } finally {
      rmSync(path.join(site, file));
    }
  });
});

/** Every file under `dir` with its bytes' hash and modification time. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((file) => [
      path.relative(dir, file),
      `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${statSync(file).mtimeMs}`,
    ]),
  );
}

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inlineSources } from '../../src/integrations/csp/inline-sources.ts';
import { nginxDirectives } from '../../src/integrations/csp/nginx-directives.ts';
import { contentSecurityPolicy, sha256Source } from '../../src/integrations/csp/policy.ts';
import { unknownScriptProblems } from '../../src/integrations/csp/unknown-scripts.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { startNginx } from './nginx.ts';

describe('inlineSources', () => {
  test('collects inline scripts, style elements and style attributes, not external scripts', () => {
    const html =
      '<!doctype html><head><script>a()</script><script src="/x.js"></script><style>p{}</style></head>' +
      '<body><p style="color: red">x</p><template><script>b()</script></template></body>';
    expect(inlineSources(html)).toEqual({
      scripts: ['a()', 'b()'],
      styles: ['p{}'],
      styleAttributes: ['color: red'],
    });
  });

  test('decodes entities in an SVG <style>, as the browser does before hashing', () => {
    const html = '<svg><style>#a &gt; b{fill:red}</style><rect style="fill:&quot;x&quot;"/></svg>';
    expect(inlineSources(html)).toEqual({
      scripts: [],
      styles: ['#a > b{fill:red}'],
      styleAttributes: ['fill:"x"'],
    });
  });

  test('does not mistake script-like text in attributes or comments for code', () => {
    expect(
      inlineSources('<p title="<script>x()</script>"></p><!-- <script>y()</script> -->').scripts,
    ).toEqual([]);
  });
});

describe('sha256Source', () => {
  test('hashes UTF-8 text as CSP expects', () => {
    // The example from the CSP3 specification.
    expect(sha256Source("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });
});

describe('contentSecurityPolicy', () => {
  test('allows self, Pagefind’s WebAssembly and the hashes found, each once, and nothing inline', () => {
    const page = { scripts: ['a()'], styles: ['p{}'], styleAttributes: ['color: red'] };
    expect(contentSecurityPolicy([page, page]).split('; ')).toEqual([
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${sha256Source('a()')}`,
      `style-src 'self' ${sha256Source('p{}')}`,
      `style-src-attr 'unsafe-hashes' ${sha256Source('color: red')}`,
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  test('forbids style attributes outright when the build has none', () => {
    expect(contentSecurityPolicy([{ scripts: [], styles: [], styleAttributes: [] }])).toContain(
      "style-src-attr 'none'",
    );
  });
});

describe('nginxDirectives', () => {
  test('gets a policy longer than nginx’s 4 KB parameter limit through nginx intact', async () => {
    const scripts = Array.from({ length: 150 }, (_, index) => `run(${index})`);
    const policy = contentSecurityPolicy([{ scripts, styles: [], styleAttributes: [] }]);
    expect(policy.length).toBeGreaterThan(4096 * 2);
    const site = mkdtempSync(path.join(tmpdir(), 'handbook-csp-'));
    mkdirSync(path.join(site, '_csp'));
    writeFileSync(path.join(site, '_csp/nginx.conf'), nginxDirectives(policy));
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>x</title>');
    const nginx = await startNginx(site, '/');
    try {
      const response = await fetch(`${nginx.origin}/`);
      expect(response.headers.get('content-security-policy')).toBe(policy);
    } finally {
      await nginx.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('a build whose pages carry code of their own', () => {
  // Real builds of the tiny fixture: one with a hostile title and description, one with a <script> in
  // a page's content.
  const fixture = path.resolve('tests/fixtures/tiny-site');
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-injection-'));
  // Beside the fixture, so its astro.config.mjs finds the handbook's configuration at the same path.
  const sourceOf = (name: string) => path.resolve(`tests/fixtures/.tmp-injection-${process.pid}-${name}`);
  const title = `</title><script>document.title = "ran"</script>`;
  const description = `"><script>document.title = "ran"</script>`;
  const build = (name: string, page: string) => {
    const root = sourceOf(name);
    cpSync(fixture, root, { recursive: true, filter: (file) => !/[/\\](dist|\.astro)$/.test(file) });
    writeFileSync(path.join(root, 'src/content/docs/injected.mdx'), page);
    return { out: path.join(scratch, name), ...astroBuild(root, path.join(scratch, name)) };
  };
  let titled: ReturnType<typeof build>;
  let scripted: ReturnType<typeof build>;
  beforeAll(() => {
    titled = build(
      'titled',
      `---\ntitle: '${title}'\ndescription: '${description}'\n---\n\nA page with a hostile title.\n`,
    );
    scripted = build(
      'scripted',
      '---\ntitle: Scripted\ndescription: A page with a script.\n---\n\nText.\n\n<script>document.title = "ran"</script>\n',
    );
  }, 600_000);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    for (const name of ['titled', 'scripted']) rmSync(sourceOf(name), { recursive: true, force: true });
  });

  test('shows a title and description that look like HTML as text, and runs nothing', () => {
    expect(titled.status, titled.output).toBe(0);
    const html = readFileSync(path.join(titled.out, 'injected/index.html'), 'utf8');
    const head = elementsOf(parse(html)).filter((element) => ['title', 'meta'].includes(element.tagName));
    const attribute = (element: Element, name: string) =>
      element.attrs.find((attr) => attr.name === name)?.value;
    const titleText = head
      .filter((element) => element.tagName === 'title')
      .map((element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
    expect(titleText).toEqual([`${title} | Tiny fixture`]);
    const descriptions = head.filter((element) => attribute(element, 'name') === 'description');
    expect(descriptions.map((element) => attribute(element, 'content'))).toEqual([description]);
    expect(inlineSources(html).scripts.filter((text) => text.includes('ran'))).toEqual([]);
  });

  test('fails on a <script> in content, naming the file and line', () => {
    expect(scripted.status).not.toBe(0);
    expect(scripted.output).toContain('Inline scripts the Content-Security-Policy does not trust');
    expect(scripted.output).toContain('src/content/docs/injected.mdx:8 <script>:');
    expect(existsSync(path.join(scripted.out, '_csp/policy.txt'))).toBe(false);
  });
});

describe('unknownScriptProblems', () => {
  const known = new Set([sha256Source('theme()')]);
  const root = mkdtempSync(path.join(tmpdir(), 'handbook-unknown-'));
  const places = { root, docsDir: path.join(root, 'src/content/docs'), outDir: path.join(root, 'dist') };
  const page = (relative: string, html: string) => {
    mkdirSync(path.dirname(path.join(places.outDir, relative)), { recursive: true });
    writeFileSync(path.join(places.outDir, relative), html);
    return { page: relative, sources: inlineSources(html) };
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('passes pages whose inline scripts are all known', () => {
    expect(unknownScriptProblems([page('a/index.html', '<script>theme()</script>')], known, places)).toEqual(
      [],
    );
  });

  test('names the line of the built page when the source has no <script> (frontmatter, a component)', () => {
    const html = '<!doctype html>\n<head><script>theme()</script>\n<script>evil()</script></head>';
    const problems = unknownScriptProblems([page('b/index.html', html)], known, places);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'dist/b/index.html', line: 3, field: '<script>' }),
    ]);
    expect(problems[0]!.message).toContain(sha256Source('evil()'));
  });

  test('names the line in a Markdown page’s raw HTML', () => {
    mkdirSync(places.docsDir, { recursive: true });
    writeFileSync(
      path.join(places.docsDir, 'c.md'),
      '---\ntitle: C\n---\n\nText.\n\n<div>\n<script>evil()</script>\n</div>\n',
    );
    const problems = unknownScriptProblems([page('c/index.html', '<script>evil()</script>')], known, places);
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual(['src/content/docs/c.md:8']);
  });
});

type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a parsed document, in document order. */
function elementsOf(node: DefaultTreeAdapterTypes.Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes.flatMap(elementsOf) : [];
  return [...own, ...children];
}

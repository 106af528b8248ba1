import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineSources } from '../../src/integrations/csp/inline-sources.ts';
import { nginxDirectives } from '../../src/integrations/csp/nginx-directives.ts';
import { contentSecurityPolicy, sha256Source } from '../../src/integrations/csp/policy.ts';
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

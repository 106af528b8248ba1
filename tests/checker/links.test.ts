import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { classifyHref } from '../../src/checker/links/classify.ts';
import { builtPageAt, readBuiltSite, siteHas } from '../../src/checker/site/built.ts';

describe('classifyHref', () => {
  test.each([
    ['/runbooks/scaling/#steps', { kind: 'internal', path: '/runbooks/scaling/', fragment: 'steps' }],
    ['#verify', { kind: 'internal', path: '/runbooks/restore/', fragment: 'verify' }],
    ['../scaling/', { kind: 'internal', path: '/runbooks/scaling/', fragment: undefined }],
    ['/reference/a%20b/?x=1', { kind: 'internal', path: '/reference/a b/', fragment: undefined }],
    ['https://grafana.corp.internal/d/x', { kind: 'url', url: 'https://grafana.corp.internal/d/x' }],
    ['//status.corp.internal/', { kind: 'url', url: 'https://status.corp.internal/' }],
    ['mailto:team@example.com', { kind: 'other' }],
  ])('reads %s', (href, expected) => {
    expect(classifyHref(href, '/runbooks/restore/')).toEqual(expected);
  });
});

describe('readBuiltSite', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'handbook-check-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, 'runbooks/scaling'), { recursive: true });
  writeFileSync(
    path.join(dist, 'runbooks/scaling/index.html'),
    '<h2 id="steps">Steps</h2><a name="old-anchor"></a><a href="/handbook/runbooks/">up</a><a href="../../reference/">ref</a><a href="https://elsewhere.example.com/">x</a>',
  );
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg></svg>');
  const site = readBuiltSite(dist, '/handbook/');

  test('reads ids and where each page links, without the base path', () => {
    expect(site.pages.get('/runbooks/scaling/')).toEqual({
      ids: new Set(['steps', 'old-anchor']),
      linksTo: new Set(['/runbooks/', '/reference/']),
    });
  });

  test('opens pages with or without the trailing slash, and other files', () => {
    expect(builtPageAt(site, '/runbooks/scaling')).toBeDefined();
    expect(siteHas(site, '/favicon.svg')).toBe(true);
    expect(siteHas(site, '/runbooks/missing/')).toBe(false);
  });
});

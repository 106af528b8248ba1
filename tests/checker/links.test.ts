import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/checker/index.ts';
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

describe('links that leave a folder of Markdown (--docs docs/ in a repository)', () => {
  const repository = mkdtempSync(path.join(tmpdir(), 'handbook-check-repository-'));
  afterAll(() => rmSync(repository, { recursive: true, force: true }));

  test('name files of the repository beside the docs: found on disk, reported when missing', async () => {
    mkdirSync(path.join(repository, 'docs/databases'), { recursive: true });
    mkdirSync(path.join(repository, 'tools'), { recursive: true });
    writeFileSync(path.join(repository, 'tools/verify-replica.sh'), '#!/bin/sh\necho ok\n');
    writeFileSync(
      path.join(repository, 'docs/databases/replica.md'),
      [
        '# Replica checks',
        '',
        'Run [the verify script](../../tools/verify-replica.sh) after each change.',
        '',
        'The [old script](../../tools/check-lag.sh) is gone.',
        '',
        'Back to [the index](../index.md) and [the top](../../README.md).',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(repository, 'docs/index.md'),
      '# Docs\n\nSee [replicas](databases/replica.md).\n',
    );
    writeFileSync(path.join(repository, 'README.md'), '# Repository\n');
    const docs = path.join(repository, 'docs');
    const report = await runCheck({
      mode: 'docs',
      root: docs,
      docsDir: docs,
      internalHosts: [],
      requireFreshBuild: false,
      offline: true,
    });
    expect(report.findings.map((item) => [item.file, item.line, item.rule, item.message])).toEqual([
      [
        'databases/replica.md',
        5,
        'link-broken',
        'no file ../tools/check-lag.sh: the link leaves the folder and nothing is there',
      ],
    ]);
  });
});

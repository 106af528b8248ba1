import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { precacheManifest, urlOf } from '../../src/integrations/offline/manifest.ts';

const file = (path: string, text: string) => ({ path, digest: createHash('sha256').update(text).digest() });

describe('urlOf', () => {
  test.each([
    ['index.html', '/', '/'],
    ['runbooks/restart/index.html', '/', '/runbooks/restart/'],
    ['runbooks/restart/index.html', '/handbook/', '/handbook/runbooks/restart/'],
    ['404.html', '/handbook/', '/handbook/404.html'],
    ['pagefind/pagefind.js', '/handbook/', '/handbook/pagefind/pagefind.js'],
  ])('maps %s under %s to %s', (path, base, url) => {
    expect(urlOf(path, base)).toBe(url);
  });
});

describe('precacheManifest', () => {
  const build = [file('runbooks/a/index.html', 'A'), file('index.html', 'home'), file('_astro/x.css', 'p{}')];

  test('lists every file by URL, sorted, with a revision that follows its content', () => {
    const { entries } = precacheManifest(build, '/');
    expect(entries.map(([url]) => url)).toEqual(['/', '/_astro/x.css', '/runbooks/a/']);
    const changed = precacheManifest([file('runbooks/a/index.html', 'A2'), ...build.slice(1)], '/');
    expect(changed.entries[2]![1]).not.toBe(entries[2]![1]);
    expect(changed.entries[0]).toEqual(entries[0]);
  });

  test('changes version when any file changes, and only then', () => {
    const { version } = precacheManifest(build, '/');
    expect(precacheManifest([...build].reverse(), '/').version).toBe(version);
    expect(precacheManifest([...build, file('new.txt', '')], '/').version).not.toBe(version);
    expect(precacheManifest([file('index.html', 'home!'), ...build.slice(0, 1)], '/').version).not.toBe(
      version,
    );
    expect(precacheManifest(build, '/handbook/').version).not.toBe(version);
  });
});

import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/checker/errors.ts';
import { assertFreshBuild } from '../../src/checker/site/freshness.ts';
import { manifestFile, type BuildManifest } from '../../src/integrations/build-manifest/manifest.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { astroBuild } from '../helpers/astro-build.ts';

// A copy of the tiny site beside it, so that its imports of the handbook's own code still resolve,
// with a component of its own on the home page and no diagram (no browser needed to build it).
const root = mkdtempSync(path.resolve('tests/fixtures/.tmp-fresh-'));
const dist = path.join(root, 'dist');
const component = path.join(root, 'src/components/Note.astro');
const home = path.join(root, 'src/content/docs/index.mdx');
const restore = path.join(root, 'src/content/docs/runbooks/restore.mdx');
let build: ReturnType<typeof astroBuild>;

beforeAll(() => {
  cpSync('tests/fixtures/tiny-site', root, {
    recursive: true,
    filter: (source) => !/[\\/](dist|\.astro)$/.test(source),
  });
  mkdirSync(path.dirname(component), { recursive: true });
  writeFileSync(component, '<p class="note">Written by the note component.</p>\n');
  writeFileSync(
    home,
    `---
title: Fixture home
description: A page that shows a component of the site's own.
kind: guide
owner: platform
lastReviewed: 2026-11-01
---

import Note from '../../components/Note.astro';

<Note />

Go to the [restart runbook](/runbooks/restart/).
`,
  );
  build = astroBuild(root, dist);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = () => assertFreshBuild(dist, filesUnder(path.join(root, 'src/content/docs')), [], root);
const yearAgo = new Date(Date.UTC(2000, 0, 1));

/** Runs `body` with `file` changed by `edit`, then puts the file back as it was. */
function withEdited(file: string, edit: (text: string) => string | undefined, body: () => void) {
  const original = readFileSync(file);
  try {
    const edited = edit(original.toString('utf8'));
    if (edited === undefined) unlinkSync(file);
    else writeFileSync(file, edited);
    body();
  } finally {
    writeFileSync(file, original);
  }
}

describe('assertFreshBuild on a real build', () => {
  test('the build succeeds, shows the component and writes its manifest', () => {
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('Written by the note component.');
    const manifest = JSON.parse(readFileSync(path.join(dist, manifestFile), 'utf8')) as BuildManifest;
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining([
        'src/components/Note.astro',
        'src/content/docs/index.mdx',
        'src/data/services.yaml',
        'astro.config.mjs',
        // Imported from the handbook's own code, outside the site's folder.
        '../../../src/components/overrides/PageTitle.astro',
      ]),
    );
  });

  test('accepts the build it describes, whatever the sources’ file times', () => {
    for (const file of filesUnder(path.join(root, 'src'))) utimesSync(file, new Date(), new Date());
    expect(check).not.toThrow();
  });

  test('refuses it once a component changed', () => {
    withEdited(
      component,
      (text) => text.replace('Written', 'Rewritten'),
      () =>
        expect(check).toThrow(
          new ConfigError(
            'dist/ was built before src/components/Note.astro changed: run `npm run build` first, then `npm run check` again.',
          ),
        ),
    );
    expect(check).not.toThrow();
  });

  test('refuses it once a page changed, even with a file time older than the build', () => {
    withEdited(
      restore,
      (text) => `${text}\nOne more line.\n`,
      () => {
        utimesSync(restore, yearAgo, yearAgo);
        expect(check).toThrow(/dist\/ was built before src\/content\/docs\/runbooks\/restore\.mdx changed/);
      },
    );
  });

  test('refuses it once a page was deleted or added', () => {
    withEdited(
      restore,
      () => undefined,
      () =>
        expect(check).toThrow(
          /dist\/ was built before src\/content\/docs\/runbooks\/restore\.mdx was deleted/,
        ),
    );
    const added = path.join(root, 'src/content/docs/runbooks/added.mdx');
    writeFileSync(added, readFileSync(restore));
    try {
      expect(check).toThrow(/dist\/ was built before src\/content\/docs\/runbooks\/added\.mdx was added/);
    } finally {
      unlinkSync(added);
    }
  });

  test('names a manifest that cannot be read', () => {
    withEdited(
      path.join(dist, manifestFile),
      () => '{"version": 1, "files": nul',
      () => expect(check).toThrow('dist/build-manifest.json is not a build manifest'),
    );
  });
});

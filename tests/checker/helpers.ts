import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { runCheck, type CheckOverrides, type Finding } from '../../src/checker/index.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Copies a fixture site and the shared system data to a temporary project root, with the built
 * site newer than its sources, as after `npm run build` (a git checkout sets times at random).
 */
export function prepareFixture(name: string, { withDist = true } = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), `handbook-check-${name}-`));
  made.push(root);
  // The shared data first: a fixture's own src/data files replace the shared ones.
  cpSync(path.join(fixtures, '_data'), path.join(root, 'src/data'), { recursive: true });
  cpSync(path.join(fixtures, name), root, {
    recursive: true,
    filter: (source) => withDist || !source.includes(`${path.sep}dist`),
  });
  const hourAgo = new Date(Date.now() - 3600_000);
  for (const file of filesUnder(path.join(root, 'src'))) utimesSync(file, hourAgo, hourAgo);
  return root;
}

/** The options every test shares: the fixture's own folders, a fixed day and site, no network. */
export function fixtureOptions(root: string, overrides: CheckOverrides = {}): CheckOverrides {
  return {
    root,
    dataDir: path.join(root, 'src/data'),
    now: new Date('2026-11-23T12:00:00Z'),
    siteUrl: 'https://handbook.corp.internal/',
    base: '/',
    offline: true,
    ...overrides,
  };
}

/** Runs the checker on a fixture site. */
export async function checkFixture(name: string, overrides: CheckOverrides = {}) {
  const root = prepareFixture(name);
  return runCheck(fixtureOptions(root, overrides));
}

/** Findings as a table of `[file, line, rule]`, with the file relative to the docs folder. */
export const findingTable = (findings: readonly Finding[]) =>
  findings.map((item) => [item.file.replace('src/content/docs/', ''), item.line, item.rule] as const);

/** The options for checking a fixture folder of Markdown as another team's docs (`--docs DIR`). */
export function docsOptions(name: string, overrides: CheckOverrides = {}): CheckOverrides {
  const dir = path.join(fixtures, name);
  return {
    mode: 'docs',
    root: dir,
    docsDir: dir,
    internalHosts: [],
    requireFreshBuild: false,
    now: new Date('2026-11-23T12:00:00Z'),
    offline: true,
    ...overrides,
  };
}

export const fixtureDir = (name: string) => path.join(fixtures, name);

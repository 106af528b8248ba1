import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A scratch copy of the tiny fixture's data and pages, for tests that break them on purpose. */
export function tempSite(): { dir: string; write: (relative: string, text: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-site-'));
  cpSync('tests/fixtures/tiny-site/src', path.join(dir, 'src'), { recursive: true });
  return {
    dir,
    write(relative, text) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
  };
}

/**
 * A fresh scratch site for each test, made the working directory, so that problems name files
 * relative to it as they would in a real build. Returns a getter for the current test's site.
 */
export function useTempSite(): () => ReturnType<typeof tempSite> {
  let site: ReturnType<typeof tempSite>;
  const originalCwd = process.cwd();
  beforeEach(() => {
    site = tempSite();
    process.chdir(site.dir);
  });
  afterEach(() => process.chdir(originalCwd));
  return () => site;
}

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A git repository of its own, with commits dated as the test says (never today). */
export interface GitFixture {
  root: string;
  write(relative: string, text: string): void;
  read(relative: string): string;
  /** Commits everything with `subject`, dated `date` (ISO) as author and committer. */
  commit(subject: string, date: string): void;
  remove(): void;
}

export function gitRepository(root: string): GitFixture {
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  git(['init', '-q', '-b', 'main']);
  return {
    root,
    write: (relative, text) => writeFileSync(path.join(root, relative), text),
    read: (relative) => readFileSync(path.join(root, relative), 'utf8'),
    commit(subject, date) {
      git(['add', '-A']);
      git(
        [
          '-c',
          'user.name=Fixture',
          '-c',
          'user.email=fixture@handbook.invalid',
          '-c',
          'commit.gpgsign=false',
          'commit',
          '-q',
          '-m',
          subject,
        ],
        { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      );
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A copy of the tiny site beside it (so its imports of the handbook's code resolve), made a git
 * repository of its own: the builds read this history, not the handbook's.
 */
export function tinySiteRepository(prefix: string): GitFixture {
  const root = mkdtempSync(path.resolve(`tests/fixtures/.tmp-${prefix}-`));
  cpSync('tests/fixtures/tiny-site', root, {
    recursive: true,
    filter: (source) => !/[\\/](dist|\.astro)$/.test(source),
  });
  return gitRepository(root);
}

import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** One commit that touched the pages: when, what it said, and which files (absolute paths). */
export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  subject: string;
  files: string[];
}

/** The git history of a folder, or why there is none (not a checkout, no git installed). */
export type History =
  { kind: 'git'; commits: Commit[]; uncommitted: ReadonlySet<string> } | { kind: 'none'; reason: string };

/** What git knows of one file. */
export interface FileHistory {
  /** The newest commit that touched the file; none when the file was never committed. */
  last: Omit<Commit, 'files'> | undefined;
  /** The file differs from that commit, or git does not track it yet. */
  uncommitted: boolean;
  /** Set when there is no git history at all, saying why. */
  noHistory: string | undefined;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

// Record and field separators git prints for us: they never occur in a subject or a path.
const record = '\x1e';
const field = '\x1f';

function parseLog(text: string, top: string): Commit[] {
  return text
    .split(record)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header = '', ...names] = chunk.split('\n');
      const [hash = '', date = '', subject = ''] = header.split(field);
      const files = names.filter((name) => name !== '').map((name) => path.join(top, name));
      return { hash, date, subject, files };
    });
}

/** Paths `git status` reports as changed or untracked; a rename's old path is skipped. */
function parseStatus(text: string, top: string): Set<string> {
  const entries = text.split('\0');
  const changed = new Set<string>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    changed.add(path.join(top, entry.slice(3)));
    if (entry[0] === 'R' || entry[0] === 'C') index++;
  }
  return changed;
}

/** Reads the whole history of `dir` once: two git commands, whatever the number of pages. */
export function readHistory(dir: string): History {
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { kind: 'none', reason: missing ? 'git is not installed' : 'the pages are not in a git checkout' };
  }
  const format = `--format=${record}%H${field}%cI${field}%s`;
  let commits: Commit[] = [];
  try {
    commits = parseLog(git(dir, ['log', format, '--name-only', '--', '.']), top);
  } catch {
    // A repository without a commit yet: every page is uncommitted.
  }
  const status = git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']);
  return { kind: 'git', commits, uncommitted: parseStatus(status, top) };
}

const histories = new Map<string, History>();

/** `readHistory`, once per folder for the life of the process (one build). */
export function historyOf(dir: string): History {
  const resolved = path.resolve(dir);
  let history = histories.get(resolved);
  if (!history) {
    history = readHistory(resolved);
    histories.set(resolved, history);
  }
  return history;
}

/** What the history says of one file (an absolute path). */
export function fileHistory(history: History, file: string): FileHistory {
  if (history.kind === 'none') return { last: undefined, uncommitted: false, noHistory: history.reason };
  const commit = history.commits.find((item) => item.files.includes(file));
  const last = commit && { hash: commit.hash, date: commit.date, subject: commit.subject };
  return { last, uncommitted: !commit || history.uncommitted.has(file), noHistory: undefined };
}

/** One page touched by one commit: a row of the changes list and an entry of its feed. */
export interface Change extends Omit<Commit, 'files'> {
  file: string;
}

/** The newest `limit` changes, one per commit and file, newest first, for files `keep` accepts. */
export function recentChanges(history: History, limit: number, keep: (file: string) => boolean): Change[] {
  if (history.kind === 'none') return [];
  const { commits } = history;
  return commits
    .flatMap(({ files, ...commit }) => files.filter(keep).map((file) => ({ ...commit, file })))
    .slice(0, limit);
}

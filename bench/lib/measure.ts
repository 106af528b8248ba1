import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  status: number | null;
  /** Wall-clock time from spawn to exit. */
  ms: number;
  /** User + system CPU time of the command and the children it waited for (`/usr/bin/time`). */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the largest process in the tree (`/usr/bin/time` %M), in MB. */
  peakRssMb: number | undefined;
  /** Peak proportional memory (PSS) of the whole process tree, sampled every 250 ms, in MB. */
  treePeakMb: number | undefined;
  /** Most processes in the tree at one sample. */
  treePeakProcesses: number | undefined;
  stdout: string;
  /** Standard output and error, interleaved. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const gnuTime = '/usr/bin/time';
/** `rootPid` and all its descendants, from the parent ids in /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Proportional set size of a process tree: memory shared between processes (Chromium's are many)
 * is divided among them rather than counted once per process, as a sum of RSS would.
 */
function treePssBytes(rootPid: number): { bytes: number; processes: number } {
  const tree = processTree(rootPid);
  let kb = 0;
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // Ended, or not ours to read.
    }
  }
  return { bytes: kb * 1024, processes: tree.length };
}

/**
 * Runs a command to completion without blocking this process (servers in it keep answering),
 * with its wall time and peak memory.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<Measured> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(scratch, 'rusage');
  const useTime = existsSync(gnuTime);
  const [program, argv] = useTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(program, argv, { cwd: options.cwd, env: options.env ?? process.env });
  const chunks: Buffer[] = [];
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => (chunks.push(chunk), stdout.push(chunk)));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const canSample = existsSync('/proc/self/smaps_rollup');
  let treePeak = 0;
  let processPeak = 0;
  const sampler = setInterval(() => {
    if (!child.pid || !canSample) return;
    const { bytes, processes } = treePssBytes(child.pid);
    treePeak = Math.max(treePeak, bytes);
    processPeak = Math.max(processPeak, processes);
  }, 250);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - started;
      clearInterval(sampler);
      // GNU time writes "Command exited with non-zero status N" first when the command fails.
      const usage =
        useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)! : '';
      const [kb = NaN, user = NaN, system = NaN] = usage.split(' ').map(Number);
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        status,
        ms,
        cpuSeconds: Number.isFinite(user + system) ? user + system : undefined,
        peakRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : undefined,
        treePeakMb: canSample ? Math.round(treePeak / 2 ** 20) : undefined,
        treePeakProcesses: canSample ? processPeak : undefined,
        stdout: Buffer.concat(stdout).toString('utf8'),
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}

/** `node` as npm runs it here: the Node 24 from node_modules, which runs TypeScript directly. */
export const node = process.execPath;

import type { ShellWord } from './words.ts';

/** How a command that runs another command splits its words. */
export type Unwrapped =
  /** `sudo psql …`: the wrapped command is the rest of the words, from `at`. */
  | { at: number }
  /** `ssh host 'psql …'`: the wrapped command is a script in a string; the wrapper owns words before `at`. */
  | { at: number; script: string }
  | undefined;

const options = (text: string) => new Set(text.trim().split(/\s+/));

// Options that take a value, per wrapper: the word after them is not the wrapped command.
const dockerGlobal = options('-H --host --context -c --config -l --log-level');
const composeGlobal = options(
  '-f --file -p --project-name --project-directory --env-file --profile --ansi --progress --parallel',
);
const composeExec = options('-e --env -u --user -w --workdir --index');
const composeRun =
  options(`${[...composeExec].join(' ')} -v --volume -p --publish --name --entrypoint -l --label
  --env-file --cap-add --cap-drop`);
const dockerExec = options('-e --env --env-file -u --user -w --workdir --detach-keys');
const dockerRun =
  options(`${[...dockerExec].join(' ')} -v --volume -p --publish --name --entrypoint -l --label
  --network --mount --restart -m --memory --cpus -h --hostname`);
const ssh = options('-b -c -D -E -e -F -I -i -J -L -l -m -O -o -p -Q -R -S -W -w -B');
const sudo = options('-u --user -g --group -h --host -p --prompt -C -D --chdir -r -t -U -T');
const xargs = options(
  '-I -i -n -P -L -l -s -d -E -e -a --arg-file --delimiter --max-args --max-procs --replace',
);
const timeout = options('-s --signal -k --kill-after');
const env = options('-u --unset -C --chdir -S --split-string');
const watch = options('-n --interval');
const nice = options('-n --adjustment');

/** Index of the first word at or after `from` that is not an option (or an option's value). */
function skipOptions(words: readonly ShellWord[], withValue: ReadonlySet<string>, from: number): number {
  let index = from;
  while (index < words.length) {
    const value = words[index]!.value;
    if (value === '--') return index + 1;
    if (value === undefined || !value.startsWith('-') || value === '-') return index;
    index += withValue.has(value) ? 2 : 1;
  }
  return index;
}

const wordAt = (words: readonly ShellWord[], index: number) => words[index]?.value;

/** The command a `docker compose exec|run SERVICE`, `docker exec|run CONTAINER` runs. */
function unwrapDocker(args: readonly ShellWord[]): Unwrapped {
  const sub = skipOptions(args, dockerGlobal, 0);
  if (wordAt(args, sub) === 'compose') {
    const action = skipOptions(args, composeGlobal, sub + 1);
    const verb = wordAt(args, action);
    if (verb !== 'exec' && verb !== 'run') return undefined;
    return { at: skipOptions(args, verb === 'exec' ? composeExec : composeRun, action + 1) + 1 };
  }
  const verb = wordAt(args, sub);
  if (verb !== 'exec' && verb !== 'run') return undefined;
  return { at: skipOptions(args, verb === 'exec' ? dockerExec : dockerRun, sub + 1) + 1 };
}

/** `ssh [options] host command…`: the remote command is one shell line made of the rest. */
function unwrapSsh(args: readonly ShellWord[]): Unwrapped {
  const at = skipOptions(args, ssh, 0) + 1;
  const rest = args.slice(at);
  if (rest.length === 0 || rest.some((word) => word.value === undefined)) return undefined;
  return { at, script: rest.map((word) => word.value).join(' ') };
}

/** `bash -c 'script'`, `sh -c …`. */
function unwrapShell(args: readonly ShellWord[]): Unwrapped {
  const flag = args.findIndex((word) => /^-[a-z]*c[a-z]*$/.test(word.value ?? ''));
  const script = args[flag + 1]?.value;
  return flag >= 0 && script !== undefined ? { at: flag + 2, script } : undefined;
}

/** `watch [-n 5] 'cmd'` runs its words through `sh -c`. */
function unwrapWatch(args: readonly ShellWord[]): Unwrapped {
  const at = skipOptions(args, watch, 0);
  const rest = args.slice(at);
  if (rest.length === 0 || rest.some((word) => word.value === undefined)) return undefined;
  return { at, script: rest.map((word) => word.value).join(' ') };
}

const prefixWrappers: Record<string, (args: readonly ShellWord[]) => Unwrapped> = {
  docker: unwrapDocker,
  ssh: unwrapSsh,
  bash: unwrapShell,
  sh: unwrapShell,
  zsh: unwrapShell,
  watch: unwrapWatch,
  sudo: (args) => ({ at: skipOptions(args, sudo, 0) }),
  xargs: (args) => ({ at: skipOptions(args, xargs, 0) }),
  timeout: (args) => ({ at: skipOptions(args, timeout, 0) + 1 }),
  nice: (args) => ({ at: skipOptions(args, nice, 0) }),
  nohup: () => ({ at: 0 }),
  time: () => ({ at: 0 }),
  exec: (args) => ({ at: skipOptions(args, options('-a'), 0) }),
  env: (args) => {
    let at = skipOptions(args, env, 0);
    while (/^[A-Za-z_][A-Za-z0-9_]*=/.test(args[at]?.value ?? '')) at++;
    return { at };
  },
};

/**
 * How `program` hands the rest of its words to another program, if it does:
 * `docker compose exec -T db psql …` runs `psql …` after the words `compose exec -T db`.
 */
export function unwrap(program: string, args: readonly ShellWord[]): Unwrapped {
  const result = prefixWrappers[program]?.(args);
  if (!result || ('script' in result ? result.script.trim() === '' : result.at >= args.length))
    return undefined;
  return result;
}

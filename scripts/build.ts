// `npm run build`: builds the handbook next to `dist/` and puts it in place only when the build
// succeeded. Astro empties its output directory first and writes pages as it goes, so a build that
// fails (an MDX error, a diagram that does not parse, a component that throws) would otherwise leave
// no site or half of one where the last good site was. Options: `--outDir DIR` (default dist).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A directory beside `out`, so renaming it into place stays on one file system. */
const besideOut = (out: string, role: string) =>
  path.join(path.dirname(out), `.${path.basename(out)}.${role}-${process.pid}`);

/** Runs `astro build` into `dir`; true when it succeeded. Its output goes straight to the terminal. */
function astroBuild(dir: string): boolean {
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', dir], { stdio: 'inherit' });
  return result.status === 0;
}

/** Replaces `out` with `built`: two renames, so `out` is never a half-written site. */
function swapIn(built: string, out: string): void {
  const previous = besideOut(out, 'previous');
  if (existsSync(out)) renameSync(out, previous);
  renameSync(built, out);
  rmSync(previous, { recursive: true, force: true });
}

function main(): void {
  const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
  const out = path.resolve(values.outDir);
  const building = besideOut(out, 'building');
  try {
    if (!astroBuild(building)) {
      console.error(`\nThe build failed: ${path.relative('.', out) || '.'} is left as it was.`);
      process.exitCode = 1;
      return;
    }
    swapIn(building, out);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

main();

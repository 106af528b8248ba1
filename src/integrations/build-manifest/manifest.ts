import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { relativeFilesUnder } from '../../lib/files.ts';

// Kept free of heavy imports: the checker reads manifests too, and its start-up time counts.

/** Where the build leaves its manifest, inside the built site. */
export const manifestFile = 'build-manifest.json';

/** What a build was made from: a hash of each source file, relative to the project root. */
export interface BuildManifest {
  version: 1;
  /** Folders every file of which feeds the build; a file added to one since makes the build stale. */
  dirs: string[];
  files: Record<string, string>;
}

/**
 * Folders and single files the build reads. All of `src/` except the checker, which reads the built
 * site and never feeds it: pages and data are read by path, components and plugins imported, and a
 * change to any of them can change every page. The lock file pins Astro, Starlight and their plugins.
 */
const sourceDirs = ['src', 'public'];
const sourceFiles = ['astro.config.mjs', 'astro.config.ts', 'package-lock.json'];
const notSources = ['src/checker/'];

/** `file`'s content hash. */
export const hashFile = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The manifest of the sources at `root` as they are now. */
export function manifestOf(root: string): BuildManifest {
  const files = Object.fromEntries(
    listedSources(root).map((file) => [file, hashFile(path.join(root, file))]),
  );
  return { version: 1, dirs: sourceDirs.filter((dir) => existsSync(path.join(root, dir))), files };
}

/** `manifest` with the modules the build loaded (absolute paths) from outside its folders added. */
export function withModules(root: string, manifest: BuildManifest, modules: ReadonlyMap<string, string>) {
  const files = { ...manifest.files };
  for (const [module, hash] of modules) files[relativePath(root, module)] ??= hash;
  return {
    ...manifest,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Why a build with `manifest` no longer matches the sources at `root`, or undefined when it does. */
export function staleSource(root: string, manifest: BuildManifest): string | undefined {
  for (const [file, hash] of Object.entries(manifest.files)) {
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) return `${file} was deleted`;
    if (hashFile(absolute) !== hash) return `${file} changed`;
  }
  const added = listedSources(root, manifest.dirs).find((file) => !(file in manifest.files));
  return added && `${added} was added`;
}

function listedSources(root: string, dirs = sourceDirs): string[] {
  const inDirs = dirs
    .filter((dir) => existsSync(path.join(root, dir)))
    .flatMap((dir) => relativeFilesUnder(path.join(root, dir)).map((file) => `${dir}/${file}`));
  const single = sourceFiles.filter((file) => existsSync(path.join(root, file)));
  return [...inDirs, ...single].filter((file) => !notSources.some((prefix) => file.startsWith(prefix)));
}

const relativePath = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/**
 * The file a Vite module id names, when it is a source file of this project: not a dependency, and not
 * what Astro generates into `.astro/` from the sources (which are in the manifest themselves).
 */
export function sourceOfModule(id: string): string | undefined {
  const file = id.split('?')[0]!;
  const generated = [`${path.sep}node_modules${path.sep}`, `${path.sep}.astro${path.sep}`];
  if (id.startsWith('\0') || !path.isAbsolute(file) || generated.some((part) => file.includes(part)))
    return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

import { parseArgs } from 'node:util';

export const sectionNames = [
  'build',
  'weight',
  'search',
  'checking',
  'folder-check',
  'external',
  'network',
] as const;
export type SectionName = (typeof sectionNames)[number];

export interface BenchOptions {
  /** Corpus sizes for the build section, such as [100, 500, 1000]. */
  sizes: number[];
  /** Sections to run; all by default. */
  only: SectionName[];
  /** Where the figures are written. */
  out: string;
  /** Repetitions of each search query (median reported). */
  searchRepeat: number;
  /** Keep the generated sites in bench/.work/ after the run. */
  keep: boolean;
  /** Other teams' runbooks for the folder check, one folder per repository; found beside the project if not given. */
  corpus: string | undefined;
}

export const usage =
  'usage: npm run bench -- [--sizes 100,500,1000] [--only build,weight,search,checking,folder-check,external,network] [--out bench/results/latest.json] [--search-repeat 3] [--keep] [--corpus ../shared/corpus]';

/** Reads the command line; throws an Error with the usage line when it is wrong. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '100,500,1000' },
      only: { type: 'string', default: sectionNames.join(',') },
      out: { type: 'string', default: 'bench/results/latest.json' },
      'search-repeat': { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      corpus: { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 20))
    throw new Error(`--sizes takes whole numbers of at least 20, got "${values.sizes}"\n${usage}`);
  const only = values.only.split(',').map((name) => name.trim()) as SectionName[];
  const unknown = only.filter((name) => !sectionNames.includes(name));
  if (unknown.length > 0) throw new Error(`unknown section "${unknown.join(', ')}"\n${usage}`);
  const searchRepeat = Number(values['search-repeat']);
  if (!Number.isInteger(searchRepeat) || searchRepeat < 1)
    throw new Error(`--search-repeat takes a whole number\n${usage}`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    only,
    out: values.out,
    searchRepeat,
    keep: values.keep,
    corpus: values.corpus,
  };
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineSources, type InlineSources } from './inline-sources.ts';

type Indexed = Record<keyof InlineSources, number[]>;

/** parse5 exports no `package.json`: read the one above its entry point. */
function parse5Version(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('parse5'));
  while (path.dirname(dir) !== dir) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'parse5') return pkg.version ?? '';
    } catch {
      // No package.json at this level.
    }
    dir = path.dirname(dir);
  }
  return '';
}

/** What the cached results depend on besides the HTML: the parsing code and parse5's version. */
const fingerprint = createHash('sha256')
  .update(readFileSync(fileURLToPath(new URL('./inline-sources.ts', import.meta.url))))
  .update(parse5Version())
  .digest('base64url');

interface Stored {
  fingerprint: string;
  /** Every inline text once: pages share their CSS and scripts. */
  texts: string[];
  /** Per page, by a hash of its HTML: indexes into `texts`. */
  pages: Record<string, Indexed>;
}

const kinds = ['scripts', 'styles', 'styleAttributes'] as const;

const expand = (page: Indexed, texts: readonly string[]): InlineSources => ({
  scripts: page.scripts.map((index) => texts[index]!),
  styles: page.styles.map((index) => texts[index]!),
  styleAttributes: page.styleAttributes.map((index) => texts[index]!),
});

/**
 * {@link inlineSources} of each page, kept on disk by a hash of the page's HTML: parsing every page
 * of a large build takes seconds, while most pages come out of a rebuild byte for byte the same.
 * The file holds only the pages of the last build, so it never grows past one build's worth.
 */
export function inlineSourcesCache(file: string) {
  let stored: Stored | undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (parsed.fingerprint === fingerprint) stored = parsed;
  } catch {
    // No cache yet, or an unreadable one: parse every page.
  }
  const next: Stored = { fingerprint, texts: [], pages: {} };
  const textIndex = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = textIndex.get(text);
    if (index === undefined) {
      index = next.texts.push(text) - 1;
      textIndex.set(text, index);
    }
    return index;
  };

  return {
    /**
     * The inline sources of one page, parsed only when the cache does not have its HTML; `digest` is
     * the SHA-256 of its bytes when the caller has it already.
     */
    sourcesOf(html: string, digest?: Uint8Array): InlineSources {
      const key = Buffer.from(digest ?? createHash('sha256').update(html).digest()).toString('base64url');
      const seen = next.pages[key];
      if (seen) return expand(seen, next.texts);
      const old = stored?.pages[key];
      const sources = old ? expand(old, stored!.texts) : inlineSources(html);
      next.pages[key] = Object.fromEntries(
        kinds.map((kind) => [kind, sources[kind].map(indexOf)]),
      ) as Indexed;
      return sources;
    },
    /** Writes what this build saw, replacing the previous build's entries. */
    save(): void {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next));
      renameSync(temporary, file);
    },
  };
}

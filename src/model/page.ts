import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { sitePathOf } from '../lib/page-url.ts';
import type { Problem } from '../lib/problems.ts';
import type { PageKind } from '../schemas/kinds.ts';
import { decodeText } from './encoding.ts';
import { fencesOf, type FenceRef } from './fences.ts';
import { isMdx, pageIdOf, posix, treeIdOf, type Layout } from './files.ts';
import { kindOf, readFrontmatter, validateFrontmatter, type Frontmatter } from './frontmatter.ts';
import { explicitIdsOf, headingsOf, type HeadingRef } from './headings.ts';
import { linksOf, type LinkRef } from './links.ts';
import { parseMarkdown } from './markdown.ts';

/** How to read the pages of one folder. */
export interface ReadOptions {
  /** Paths in the model are relative to this folder (the project root). */
  root: string;
  /** Where the pages are. */
  docsDir: string;
  layout: Layout;
  /** The page schema (the handbook's, with its system data); none for another team's docs. */
  schema?: z.ZodType | undefined;
}

/**
 * One page, read once: where it is, its address, its frontmatter validated once, and (parsed on
 * first use, once) its Markdown tree, headings, ids, links and shell fences.
 */
export class Page {
  /** Starlight's page id (`runbooks/scaling`), or the path in a repository's tree (`alerts/cpu`). */
  readonly id: string;
  /** Site path without the base path: `/runbooks/scaling/`, `/` for the home page. */
  readonly url: string;
  /** Path relative to the project root, with `/` separators. */
  readonly file: string;
  /** Path relative to the docs folder, with `/` separators. */
  readonly relative: string;
  readonly absolute: string;
  readonly format: 'md' | 'mdx';
  readonly text: string;
  /** Validated when read with a schema, or on the first `validate`. */
  frontmatter: Frontmatter;
  kind: PageKind;
  /** `draft: true`: the production build leaves the page out. */
  readonly draft: boolean;
  /** The file is not valid UTF-8: where the first bad byte is. */
  readonly encodingProblem: Problem | undefined;
  #tree: Root | undefined;
  #syntaxProblem: Problem | undefined;
  #headings: HeadingRef[] | undefined;
  #ids: Set<string> | undefined;
  #links: LinkRef[] | undefined;
  #fences: FenceRef[] | undefined;

  constructor(relative: string, options: ReadOptions) {
    this.relative = posix(relative);
    this.absolute = path.join(options.docsDir, relative);
    this.file = posix(path.relative(options.root, this.absolute));
    this.format = isMdx(relative) ? 'mdx' : 'md';
    this.id = options.layout === 'starlight' ? pageIdOf(relative) : treeIdOf(relative);
    this.url = sitePathOf(this.id);
    const decoded = decodeText(readFileSync(this.absolute), this.file);
    this.text = decoded.text;
    this.encodingProblem = decoded.problem;
    this.frontmatter = readFrontmatter(this.text, this.file, options.schema);
    this.kind = kindOf(this.frontmatter);
    this.draft = this.frontmatter.value['draft'] === true;
  }

  /** The Markdown tree with positions; an empty tree when the page does not parse (see `syntaxProblem`). */
  get tree(): Root {
    if (!this.#tree) {
      try {
        this.#tree = parseMarkdown(this.text, this.format);
      } catch (error) {
        const { line, reason } = error as { line?: number; reason?: string };
        this.#syntaxProblem = {
          file: this.file,
          line: line ?? lineInReason(reason) ?? this.text.split('\n').length,
          field: `(${this.format})`,
          message: `not valid ${this.format === 'mdx' ? 'MDX' : 'Markdown'}: ${reason ?? String(error)}`,
        };
        this.#tree = { type: 'root', children: [] };
      }
    }
    return this.#tree;
  }

  /** Why the page does not parse, if it does not. */
  get syntaxProblem(): Problem | undefined {
    void this.tree;
    return this.#syntaxProblem;
  }

  get headings(): HeadingRef[] {
    return (this.#headings ??= headingsOf(this.tree));
  }

  /** Every id a `#fragment` can name on this page: heading slugs and explicit ids. */
  get ids(): Set<string> {
    return (this.#ids ??= new Set([
      ...this.headings.map((heading) => heading.slug),
      ...explicitIdsOf(this.tree),
    ]));
  }

  get links(): LinkRef[] {
    return (this.#links ??= linksOf(this.tree));
  }

  get fences(): FenceRef[] {
    return (this.#fences ??= fencesOf(this.tree));
  }

  /** Validates the frontmatter against `schema` unless it was validated already; returns the page. */
  validate(schema: z.ZodType): this {
    if (!this.frontmatter.validated) {
      this.frontmatter = validateFrontmatter(this.frontmatter, schema);
      this.kind = kindOf(this.frontmatter);
    }
    return this;
  }

  /** The line of a frontmatter field, or of its nearest parent. */
  lineOf(fieldPath: readonly PropertyKey[]): number {
    return this.frontmatter.source.lineOf(fieldPath);
  }
}

/**
 * An error at the end of the file (an element never closed) has no place of its own; its reason
 * names where the element opened, as `(7:1-7:8)`.
 */
function lineInReason(reason: string | undefined): number | undefined {
  const match = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason ?? '');
  return match ? Number(match[1]) : undefined;
}

import type { z } from 'astro/zod';
import type { Problem } from '../lib/problems.ts';
import { parseYamlSource, type YamlSource } from '../lib/yaml-source.ts';
import { pageKinds, type PageKind } from '../schemas/kinds.ts';
import type { PageFrontmatter } from '../schemas/page.ts';

/** A page's frontmatter, read and validated once. */
export interface Frontmatter {
  /** The parsed YAML, which knows the line of every field. */
  source: YamlSource;
  /** The fields as written (an empty object when there is no frontmatter). */
  value: Record<string, unknown>;
  /** The fields after validation against the page schema; undefined when invalid or not validated. */
  data: PageFrontmatter | undefined;
  /** YAML syntax errors and schema issues, each with its line and field. */
  problems: Problem[];
  /** Whether `data` and `problems` include validation against a page schema. */
  validated: boolean;
}

/**
 * Reads the frontmatter as Astro does (the YAML between the opening `---` lines, whose lines match
 * the file's) and validates it with `schema` when one is given.
 */
export function readFrontmatter(text: string, file: string, schema?: z.ZodType): Frontmatter {
  const { yaml, firstLine } = frontmatterText(text);
  const source = parseYamlSource(yaml, file, firstLine);
  const value = isRecord(source.value) ? source.value : {};
  const read: Frontmatter = {
    source,
    value,
    data: undefined,
    problems: source.syntaxProblems,
    validated: false,
  };
  return schema ? validateFrontmatter(read, schema) : read;
}

/** The frontmatter validated against `schema`: its data, or each issue at its line. */
export function validateFrontmatter(frontmatter: Frontmatter, schema: z.ZodType): Frontmatter {
  const { source, value } = frontmatter;
  const result = schema.safeParse(value);
  return {
    source,
    value,
    data: result.success ? (result.data as PageFrontmatter) : undefined,
    problems: [...source.syntaxProblems, ...(result.success ? [] : source.problemsAt(result.error.issues))],
    validated: true,
  };
}

// The same match as Astro's: a `---` block at the very start, after blank lines if any.
const frontmatterBlock = /^(\uFEFF?(?:\s*\n)?)---([\s\S]*?\n)---/;

/**
 * The YAML between the opening and closing `---`, and the file line its first line is on: it
 * starts with the rest of the opening `---` line, so with no blank lines before it that is line 1.
 */
function frontmatterText(text: string): { yaml: string; firstLine: number } {
  const match = frontmatterBlock.exec(text);
  if (!match) return { yaml: '', firstLine: 1 };
  return { yaml: match[2]!, firstLine: match[1]!.split('\n').length };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page's kind: validated, else as written when it names a kind, else `guide`. */
export function kindOf(frontmatter: Frontmatter): PageKind {
  if (frontmatter.data) return frontmatter.data.kind;
  const written = frontmatter.value['kind'];
  return pageKinds.includes(written as PageKind) ? (written as PageKind) : 'guide';
}

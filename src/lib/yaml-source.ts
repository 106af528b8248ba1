import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** A parsed YAML text that can say on which line a field stands. */
export interface YamlSource {
  value: unknown;
  /** The line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  problemsAt(issues: readonly z.core.$ZodIssue[]): Problem[];
  syntaxProblems: Problem[];
}

/**
 * Parses YAML keeping positions, so that validation issues point at a line.
 * `firstLine` is the line of the YAML's first line in `file` (frontmatter starts at 2).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => lineAt(offsetOf(doc, path));
  const syntaxProblems = doc.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    field: '(yaml)',
    message: error.message.split('\n')[0] ?? error.code,
  }));
  return {
    value: doc.toJS(),
    syntaxProblems,
    lineOf,
    problemsAt: (issues) =>
      issues.map((issue) => ({
        file,
        line: lineOf(issue.path),
        field: issue.path.join('.') || '(root)',
        message: issue.message,
      })),
  };
}

/** The start of the deepest node that exists along `path`, so a missing field points at its parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

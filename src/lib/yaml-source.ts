import {
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Scalar,
} from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** A parsed YAML text that can say on which line a field stands. */
export interface YamlSource {
  value: unknown;
  /** The line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  problemsAt(issues: readonly z.core.$ZodIssue[]): Problem[];
  syntaxProblems: Problem[];
  /** Unquoted values that a ` #word` cut short: YAML read the rest of the line as a comment. */
  commentCuts: Problem[];
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
    commentCuts: commentCuts(doc).map(({ path, node }) => ({
      file,
      line: lineAt(node.range![0]),
      field: path.join('.') || '(root)',
      message: `the value stops before "#${node.comment!.split('\n')[0]}": YAML reads a space and # as the start of a comment`,
    })),
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

/**
 * Plain (unquoted) values followed on their line by a comment that starts right after the `#`,
 * as in `how: hand over in #incident.`: the author meant `#incident.` as text. A comment written
 * as one (`value  # note`, with a space after the `#`) is left alone.
 */
function commentCuts(doc: Document): { path: (string | number)[]; node: Scalar }[] {
  const cuts: { path: (string | number)[]; node: Scalar }[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string') return;
      if (!node.comment || /^\s/.test(node.comment)) return;
      cuts.push({ path: pathOf(ancestors, node), node });
    },
  });
  return cuts;
}

/** The field path of a node from its ancestors (document, maps, pairs, sequences), as `doc.getIn` takes it. */
function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const chain = [...ancestors, node];
  return chain.slice(0, -1).flatMap((parent, index): (string | number)[] => {
    if (isPair(parent)) return [isScalar(parent.key) ? String(parent.key.value) : String(parent.key)];
    if (isSeq(parent)) return [parent.items.indexOf(chain[index + 1])];
    return [];
  });
}

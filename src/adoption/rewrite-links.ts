import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** What a relative link in the source now points at, or undefined when it did not resolve there. */
export type LinkResolver = (linkPath: string) => string | undefined;

export interface LinkNote {
  line: number;
  message: string;
}

/** A link the importer may rewrite: relative, not an anchor on the same page, not a URL. */
const isRelative = (url: string) => url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

const decodedPath = (linkPath: string) => {
  try {
    return decodeURI(linkPath);
  } catch {
    return linkPath;
  }
};

/**
 * The page's text from offset `from` on, with its relative links and images rewritten to their new
 * addresses: each edit is made at the node's position, so everything else stays byte for byte.
 */
export function rewriteLinks(
  text: string,
  tree: Root,
  resolve: LinkResolver,
  from = 0,
): { text: string; notes: LinkNote[] } {
  const edits: { start: number; end: number; value: string }[] = [];
  const notes: LinkNote[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const { url, position } = node as Link | Image | Definition;
    if (!isRelative(url) || position?.start.offset === undefined || position.end.offset === undefined) return;
    if (position.start.offset < from) return;
    const line = position.start.line;
    const [, linkPath = '', rest = ''] = /^([^#?]*)(.*)$/.exec(url) ?? [];
    const target = resolve(decodedPath(linkPath));
    if (!target) {
      notes.push({ line, message: `link "${url}" does not resolve in the source; left as written` });
      return;
    }
    const written = text.slice(position.start.offset, position.end.offset);
    const at = written.lastIndexOf(url);
    if (at === -1) {
      notes.push({
        line,
        message: `link "${url}" is written in a form the importer cannot edit; fix it by hand`,
      });
      return;
    }
    const start = position.start.offset + at;
    edits.push({ start, end: start + url.length, value: target + rest });
  });
  let result = text.slice(from);
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start - from) + edit.value + result.slice(edit.end - from);
  return { text: result, notes };
}

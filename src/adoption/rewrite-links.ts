import type { Definition, Image, Link, Root, Text } from 'mdast';
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
 * Hugo's `ref` and `relref` shortcodes as a link's destination: `[x]({{< ref "./y.md" >}})`.
 * CommonMark reads no link there (a destination has no spaces), so the shortcode is text; Hugo
 * expands it before it renders Markdown, and the import does the same, with the page's new address.
 */
const hugoRef = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]+)"\s*[>%]\}\}/g;

type Edit = { start: number; end: number; value: string };

/** The edit that puts `target` (plus the link's `#fragment`) in place of `url`, written at `start`. */
function resolvedEdit(url: string, start: number, resolve: LinkResolver): Edit | undefined {
  const [, linkPath = '', rest = ''] = /^([^#?]*)(.*)$/.exec(url) ?? [];
  const target = resolve(decodedPath(linkPath));
  return target === undefined ? undefined : { start, end: start + url.length, value: target + rest };
}

/** Edits for the Hugo `ref` shortcodes in a text node, written at `offset` in the page. */
function hugoRefEdits(written: string, offset: number, line: number, resolve: LinkResolver) {
  const edits: Edit[] = [];
  const notes: LinkNote[] = [];
  for (const match of written.matchAll(hugoRef)) {
    const url = match[1]!;
    // Only a path from the page's own folder can be followed here; Hugo's site-wide names cannot.
    const edit = url.startsWith('/') ? undefined : resolvedEdit(url, offset + match.index, resolve);
    if (edit) edits.push({ ...edit, end: edit.start + match[0].length });
    else
      notes.push({
        line,
        message: `Hugo link "${match[0]}" does not resolve in the source; left as written`,
      });
  }
  return { edits, notes };
}

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
  const edits: Edit[] = [];
  const notes: LinkNote[] = [];
  visit(tree, 'text', (node: Text) => {
    const { position } = node;
    if (position?.start.offset === undefined || position.end.offset === undefined) return;
    if (position.start.offset < from || !node.value.includes('{{')) return;
    const written = text.slice(position.start.offset, position.end.offset);
    const found = hugoRefEdits(written, position.start.offset, position.start.line, resolve);
    edits.push(...found.edits);
    notes.push(...found.notes);
  });
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const { url, position } = node as Link | Image | Definition;
    if (!isRelative(url) || position?.start.offset === undefined || position.end.offset === undefined) return;
    if (position.start.offset < from) return;
    const line = position.start.line;
    const edit = resolvedEdit(url, 0, resolve);
    if (!edit) {
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
    edits.push({ ...edit, start, end: start + url.length });
  });
  let result = text.slice(from);
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start - from) + edit.value + result.slice(edit.end - from);
  return { text: result, notes };
}

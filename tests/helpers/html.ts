import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Parses a built HTML file into a hast tree. */
export const readHtml = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));

export { filesUnder } from '../../src/lib/files.ts';

/** Values of `attribute` on every element matching `selector`. */
export function attributeValues(tree: Root, selector: string, attribute: string): string[] {
  return selectAll(selector, tree).map((element: Element) => String(element.properties[attribute] ?? ''));
}

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Parses a built HTML file into a hast tree. */
export const readHtml = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));

/** Every file under `dir` whose name ends with `extension`. */
export function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Values of `attribute` on every element matching `selector`. */
export function attributeValues(tree: Root, selector: string, attribute: string): string[] {
  return selectAll(selector, tree).map((element: Element) => String(element.properties[attribute] ?? ''));
}

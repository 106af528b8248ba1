import { readFileSync } from 'node:fs';
import { isSeq, parseDocument, type Document } from 'yaml';

/**
 * One of the system data files, edited in place: records are appended to its list, so its
 * comments and the order and quoting of what was there stay as the team wrote them.
 */
export class DataFile {
  readonly file: string;
  // Typed as a plain document: records appended to it are not parsed nodes.
  private readonly document: Document;
  private changed = false;

  constructor(file: string) {
    this.file = file;
    this.document = parseDocument(readFileSync(file, 'utf8'));
  }

  records(): Record<string, unknown>[] {
    return (this.document.toJS() as Record<string, unknown>[] | null) ?? [];
  }

  has(id: string): boolean {
    return this.records().some((record) => record['id'] === id);
  }

  append(record: Record<string, unknown>): void {
    const list = this.document.contents;
    if (isSeq(list)) {
      list.items.push(this.document.createNode(record));
      // An empty list is written `[]`; with records in it, it reads better as a block.
      list.flow = false;
    } else this.document.contents = this.document.createNode([record]);
    this.changed = true;
  }

  /** The new text, or undefined when nothing was appended. */
  text(): string | undefined {
    return this.changed ? this.document.toString({ lineWidth: 0 }) : undefined;
  }
}

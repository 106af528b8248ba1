import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip at zlib's default level (6), as a static host compresses text. */
export const gzipBytes = (data: Buffer | string) => gzipSync(data).length;

/** Bytes on the wire: gzip for text, raw where gzip does not help (Pagefind's pre-compressed chunks). */
export const wireBytes = (data: Buffer) => Math.min(data.length, gzipBytes(data));

export const fileGzipBytes = (file: string) => gzipBytes(readFileSync(file));

import type { Problem } from '../lib/problems.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The text of a file. A file that is not UTF-8 is still read (bad bytes become U+FFFD) so every
 * other problem is found too, with a problem naming the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; problem: Problem | undefined } {
  try {
    return { text: strict.decode(bytes), problem: undefined };
  } catch {
    const text = lenient.decode(bytes);
    const offset = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(offset, 0)).split('\n').length;
    return {
      text,
      problem: {
        file,
        line,
        field: '(encoding)',
        message: 'the file is not UTF-8: save it as UTF-8 (a byte on this line is not valid UTF-8)',
      },
    };
  }
}

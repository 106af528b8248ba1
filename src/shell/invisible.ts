/**
 * Characters a reader cannot see but a shell runs: C0 controls but tab, DEL and C1 controls,
 * zero-width characters and bidirectional overrides (the "Trojan Source" kind). A pasted DEL or
 * line separator can split one command in two.
 */
const invisible =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** One such character and where it stands in its line (0-based column). */
export interface InvisibleChar {
  column: number;
  /** `U+202E`. */
  code: string;
}

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function invisibleChars(line: string): InvisibleChar[] {
  return [...line.matchAll(invisible)].map((match) => ({ column: match.index, code: codeOf(match[0]) }));
}

/** The text with each such character written out as `[U+202E]`: shown and copied, never run unseen. */
export const showInvisible = (text: string) => text.replace(invisible, (char) => `[${codeOf(char)}]`);

/**
 * What a fill-once value may be. Copied commands carry it verbatim, so a line break, a control
 * character or an invisible (zero-width, bidirectional) one could add a line or hide a command: such
 * values are always refused. An input's `pattern` (the HTML `pattern` attribute's syntax, whole value)
 * narrows it further. Shared by the browser and the build, which checks each `example`.
 */

/** Control characters (line breaks included), format characters (zero-width, bidi) and separators. */
const unsafe = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Why `value` is refused, or undefined when it may fill the input. */
export function refusal(value: string, pattern?: string): string | undefined {
  const bad = unsafe.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `it holds a line break or an invisible control character (U+${code}), which could change the command`;
  }
  if (pattern !== undefined && !wholeValue(pattern).test(value))
    return `it does not have the expected form (${pattern})`;
  return undefined;
}

/** The pattern as the browser applies an HTML `pattern` attribute: the whole value, `v` flag. */
export const wholeValue = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`, 'v');

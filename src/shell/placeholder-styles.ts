/**
 * Ways docs write a value the reader fills in. A repository lists the ones it uses on purpose
 * (`placeholders:` in the check's config); those are accepted, every other one is reported.
 * - `angle`: `<namespace>`, also with spaces (`<provider ip from first step>`)
 * - `dollar-brace`: `${NAMESPACE}` that nothing on the page sets
 * - `dollar`: `$NAMESPACE` that nothing on the page sets
 * - `braces`: `{{ host }}` (not a Go template such as `{{.Status}}`)
 * - `caps`: `YOUR_TOKEN`, `CHANGEME`
 * - `x-run`: `XXXX`
 */
export const placeholderStyles = ['angle', 'dollar-brace', 'dollar', 'braces', 'caps', 'x-run'] as const;
export type PlaceholderStyle = (typeof placeholderStyles)[number];

/**
 * The handbook's own pages use none: a value the reader gives is a `$NAME` declared in `inputs:`,
 * which fills it in.
 */
export const defaultPlaceholderStyles: PlaceholderStyle[] = [];

/** The style of a placeholder as `placeholdersIn` and `maskAnglePlaceholders` report it. */
export function placeholderStyleOf(text: string): PlaceholderStyle {
  if (text.startsWith('<')) return 'angle';
  if (text.startsWith('{')) return 'braces';
  if (/^X+$/.test(text)) return 'x-run';
  return 'caps';
}

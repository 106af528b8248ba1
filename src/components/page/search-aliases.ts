/**
 * Pagefind finds `x-tenant-id`, `BETTER_AUTH_SECRET` and `errorsBySection` whole, and each of
 * their words, but not a run of words from inside one (`tenant-id`, `AUTH_SECRET`, `bySection`):
 * it looks those up as one joined word that only the full identifier was indexed under. These
 * aliases add the inner runs, in the form Pagefind looks them up.
 */
const identifier = /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+/g;

/** `errorsBySection` → errors, by, section; `x-tenant-id` → x, tenant, id. */
const partsOf = (word: string) =>
  word
    .split(/[-_.]/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])/))
    .map((part) => part.toLowerCase());

function innerRuns(word: string): string[] {
  const parts = partsOf(word);
  if (parts.length < 3 || parts.length > 6 || parts.some((part) => !/[a-z]/.test(part))) return [];
  const joiner = word.includes('_') ? '_' : '';
  const runs: string[] = [];
  for (let length = 2; length < parts.length; length++)
    for (let start = 0; start + length <= parts.length; start++)
      runs.push(parts.slice(start, start + length).join(joiner));
  return runs;
}

/** The inner runs of every identifier in the texts, each once. */
export function searchAliases(texts: readonly string[]): string[] {
  const words = texts.flatMap((text) => text.match(identifier) ?? []);
  return [...new Set(words.flatMap(innerRuns))];
}

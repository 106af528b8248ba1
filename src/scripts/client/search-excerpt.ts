/**
 * A result's excerpt as a sentence of its page. Pagefind shows the densest run of matching words,
 * which on a troubleshooting page is its list of symptoms and error strings ("origin. BETTER_AUTH_SECRET.
 * BETTER_AUTH_URL. ..."); a reader deciding which page to open is helped more by the page's own sentence
 * about them. Falls back to Pagefind's excerpt when no sentence of the page holds a searched word.
 */
const longestExcerpt = 240;

/**
 * Pagefind ends every block of a page's text (a list item, a table cell) with a full stop, as
 * sentences end: split at each, so a run of short items never passes for one sentence.
 */
const sentencesOf = (content: string) => content.split(/(?<=[.!?])\s+/);

/** Words, mostly plain lower-case ones: prose rather than a list of identifiers or a command. */
function isProse(sentence: string): boolean {
  const words = sentence.split(/\s+/);
  const plain = words.filter((word) => /^[A-Za-z][a-z’'-]*[,;:.]?$/.test(word));
  return words.length >= 6 && plain.length / words.length >= 0.6;
}

/** A searched word matches the words that start like it: "connection" matches "connections". */
const stemOf = (term: string) => term.toLowerCase().slice(0, Math.max(3, term.length - 2));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page's sentence holding most of the searched words, marked as Pagefind marks them. */
export function sentenceExcerpt(content: string, terms: readonly string[]): string | undefined {
  const stems = [...new Set(terms.map(stemOf).filter((stem) => /^[a-z0-9]/.test(stem)))];
  if (stems.length === 0) return undefined;
  const matching = (word: string) => stems.some((stem) => word.toLowerCase().startsWith(stem));
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of sentencesOf(content)) {
    if (!isProse(sentence)) continue;
    const words = sentence.split(/\s+/).map((word) => word.replace(/^[^A-Za-z0-9]+/, ''));
    const score = new Set(stems.filter((stem) => words.some((word) => word.toLowerCase().startsWith(stem))))
      .size;
    if (score > (best?.score ?? 0)) best = { sentence, score };
  }
  if (!best) return undefined;
  return shorten(best.sentence, matching)
    .split(/(\s+)/)
    .map((part) =>
      matching(part.replace(/^[^A-Za-z0-9]+/, '')) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part),
    )
    .join('');
}

/** A long sentence cut to the stretch around its first searched word. */
function shorten(sentence: string, matching: (word: string) => boolean): string {
  if (sentence.length <= longestExcerpt) return sentence;
  const words = sentence.split(/\s+/);
  const first = Math.max(
    0,
    words.findIndex((word) => matching(word.replace(/^[^A-Za-z0-9]+/, ''))),
  );
  let start = Math.max(0, first - 8);
  let text = words.slice(start).join(' ');
  if (text.length > longestExcerpt) text = `${text.slice(0, longestExcerpt).replace(/\s+\S*$/, '')} …`;
  return start > 0 ? `… ${text}` : text;
}

/** A sub-result as Pagefind gives it: the heading it sits under, with the word index where it starts. */
export interface Section {
  anchor?: { location: number };
}

/**
 * The sentence for one sub-result, from its own section's text: between its heading and the next
 * (before the first heading for the page's opening).
 */
export function sectionExcerpt(
  content: string,
  section: Section,
  headings: readonly { location: number }[],
  terms: readonly string[],
): string | undefined {
  const starts = headings.map((heading) => heading.location).sort((a, b) => a - b);
  const start = section.anchor?.location ?? 0;
  const end = starts.find((location) => location > start) ?? Infinity;
  const words = content.split(/\s+/);
  return sentenceExcerpt(words.slice(start, end === Infinity ? undefined : end).join(' '), terms);
}

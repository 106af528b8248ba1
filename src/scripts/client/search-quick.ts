/**
 * Answers a query from the compact incident index (src/integrations/search/incident-index.ts), which
 * arrives inside the page: titles, what readers say, symptoms, error strings and alert ids of the
 * on-call pages. It runs at once, before Pagefind's full-text index has loaded, and forgives the typos
 * of tired typing (one edit in a short word, two in a long one).
 */
import type { IncidentEntry } from '../../integrations/search/incident-index.ts';

export interface QuickResult {
  href: string;
  title: string;
  kind: string;
  excerpt: string;
  score: number;
}

interface Indexed {
  entry: IncidentEntry;
  /** Words of each field, strongest first: title, said, symptoms, description. */
  fields: Set<string>[];
  /** Each field's words joined by single spaces, for whole-phrase matches. */
  phrases: string[];
}

export interface QuickIndex {
  pages: Indexed[];
}

/** How much a match in each field counts: title, what readers say, symptoms and alerts, description. */
const fieldWeights = [4, 3, 2.5, 1];
/** Words that say nothing about which page is meant. */
const stopWords = new Set(
  'a an and are at be but by can cant do does for from how i in is it its my no not of on or our the to was we what when where why with'.split(
    ' ',
  ),
);

export const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

export function quickIndexFrom(entries: readonly IncidentEntry[]): QuickIndex {
  return {
    pages: entries.map((entry) => {
      const texts = [entry[1], entry[4], entry[5], entry[6]];
      return {
        entry,
        fields: texts.map((text) => new Set(wordsOf(text))),
        phrases: texts.map((text) => ` ${wordsOf(text).join(' ')} `),
      };
    }),
  };
}

/**
 * At most `limit` edits between `a` and `b`: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("memroy"), the typos of hurried typing. Row by row, so it stops early.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    if (Math.min(...row) > limit) return false;
    before = previous;
    previous = row;
  }
  return previous[b.length]! <= limit;
}

const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** How well one typed word matches a set of page words: 1 exact, less for a prefix, a stem or a typo. */
function wordMatch(typed: string, words: Set<string>, last: boolean): number {
  if (words.has(typed)) return 1;
  let best = 0;
  for (const word of words) {
    if (word.length >= 3 && (last || typed.length >= 4) && word.startsWith(typed)) best = Math.max(best, 0.8);
    else if (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 3)
      best = Math.max(best, 0.8);
    else if (best < 0.6 && withinEdits(typed, word, allowedEdits(Math.min(typed.length, word.length))))
      best = 0.6;
  }
  return best;
}

function scorePage(page: Indexed, typed: string[], phrase: string): number {
  let score = 0;
  let matched = 0;
  // Numbers no page has (an IP address, a port, a PID in a pasted log line) are not held against it.
  let required = 0;
  typed.forEach((word, index) => {
    const last = index === typed.length - 1;
    const best = Math.max(
      ...page.fields.map((words, field) => fieldWeights[field]! * wordMatch(word, words, last)),
    );
    if (best > 0) matched += 1;
    if (best > 0 || !/^\d+$/.test(word)) required += 1;
    score += best;
  });
  if (matched === 0 || matched < Math.ceil(required * 0.6)) return 0;
  // The reader's words as one phrase, in a field, say more than the same words apart.
  const together = page.phrases.findIndex((text) => typed.length > 1 && text.includes(phrase));
  if (together >= 0) score += 2 * fieldWeights[together]!;
  return (score * matched) / required;
}

/** The pages that best answer `query`, best first; only those about `service` when one is given. */
export function quickSearch(index: QuickIndex, query: string, service?: string, limit = 5): QuickResult[] {
  const all = wordsOf(query);
  const typed = all.filter((word) => !stopWords.has(word));
  const words = typed.length > 0 ? typed : all;
  if (words.length === 0) return [];
  const phrase = ` ${all.join(' ')} `;
  return index.pages
    .filter((page) => !service || page.entry[3].includes(service))
    .map((page) => ({ page, score: scorePage(page, words, phrase) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ page, score }) => ({
      href: page.entry[0],
      title: page.entry[1],
      kind: page.entry[2],
      excerpt: page.entry[6] || page.entry[5],
      score,
    }));
}

/**
 * Typo tolerance for the search box. Pagefind matches words exactly (and the last one by prefix), so
 * "conections" finds nothing and "redis" finds "redirect". Against the build's vocabulary
 * (src/integrations/search/vocabulary.ts) each typed word is kept when the handbook has it, replaced by
 * the closest word it has when one is near enough, and otherwise marked as a word no page contains.
 */
export type Vocabulary = ReadonlyMap<string, number>;

export interface Correction {
  /** What Pagefind is asked: corrected words, and words no page has quoted so they match exactly. */
  term: string;
  /** Typed word → the handbook's word used instead. */
  corrected: [string, string][];
  /** Typed words the handbook does not contain, with nothing close. */
  unknown: string[];
}

/** Edits allowed for a word of this length: none for short words, where one edit makes another word. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** Endings that make another form of a word the handbook has ("restarts", "restarted"). */
const endings = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er'];

export function vocabularyFrom(json: { words: [string, number][] }): Vocabulary {
  return new Map(json.words);
}

/** Rewrites a query so that typos find their pages and absent words find nothing, never a near prefix. */
export function correctQuery(query: string, vocabulary: Vocabulary): Correction {
  const corrected: [string, string][] = [];
  const unknown: string[] = [];
  const typing = !/\s$/.test(query);
  const words = query.trim().split(/\s+/).filter(Boolean);
  const term = words.map((typed, index) => {
    const word = typed.toLowerCase();
    if (!/^[a-z]+$/.test(word) || vocabulary.size === 0) return typed;
    if (isKnown(word, vocabulary, typing && index === words.length - 1)) return typed;
    const closest = closestWord(word, vocabulary);
    if (closest) {
      corrected.push([typed, closest]);
      return closest;
    }
    unknown.push(typed);
    return `"${word}"`;
  });
  return { term: term.join(' '), corrected, unknown };
}

function isKnown(word: string, vocabulary: Vocabulary, beingTyped: boolean): boolean {
  if (vocabulary.has(word) || word.length < 3) return true;
  if (
    endings.some(
      (end) =>
        vocabulary.has(word + end) || (word.endsWith(end) && vocabulary.has(word.slice(0, -end.length))),
    )
  )
    return true;
  // A word still being typed is known while some word starts with it.
  return beingTyped && [...vocabulary.keys()].some((known) => known.startsWith(word));
}

/** The vocabulary's closest word within the allowed edits; the more frequent one on a tie. */
function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = allowedEdits(word.length);
  if (limit === 0) return undefined;
  let best: { word: string; edits: number; count: number } | undefined;
  for (const [known, count] of vocabulary) {
    if (Math.abs(known.length - word.length) > limit) continue;
    const edits = editDistance(word, known, limit);
    if (edits > limit) continue;
    if (!best || edits < best.edits || (edits === best.edits && count > best.count))
      best = { word: known, edits, count };
  }
  return best?.word;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours,
 * the typos of fast typing), giving up once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

import { isNeverSecret, secretPatterns, shannonEntropy, type SecretPattern } from './patterns.ts';

export interface SecretMatch {
  /** Pattern id, such as `aws-access-token`. */
  id: string;
  description: string;
  /** 1-based line in the text. */
  line: number;
  /** The secret with most of it masked, safe to print in CI logs. */
  redacted: string;
}

/** Keeps enough of a secret to find it again, never enough to use it. */
export function redact(secret: string): string {
  return secret.length <= 8
    ? '*'.repeat(secret.length)
    : `${secret.slice(0, 4)}${'*'.repeat(Math.min(12, secret.length - 4))}`;
}

/** 1-based line of each character offset, by binary search over the line starts. */
function lineLocator(text: string): (index: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return (index) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

interface Candidate {
  secret: string;
  match: SecretMatch;
}

/**
 * One secret is reported once, by the first (most specific) pattern that found it; the generic
 * rule only speaks on a line where no specific one did.
 */
function keepBest(candidates: readonly Candidate[]): SecretMatch[] {
  const specific = candidates.filter(({ match }) => match.id !== 'generic-api-key');
  const kept = specific.length > 0 ? specific : candidates;
  return kept
    .filter(
      ({ secret }, at) =>
        kept.findIndex((other) => other.secret.includes(secret) || secret.includes(other.secret)) === at,
    )
    .map(({ match }) => match);
}

/** The secret a match holds and where it starts: the first of the pattern's groups that matched. */
function secretOf(found: RegExpExecArray, pattern: SecretPattern): { secret: string; index: number } {
  const groups = Array.isArray(pattern.group) ? pattern.group : [pattern.group ?? 0];
  const group = groups.find((number) => found[number] !== undefined) ?? 0;
  return { secret: found[group] ?? found[0], index: found.indices?.[group]?.[0] ?? found.index };
}

/** With the `d` flag, so that each secret's own line is known even when its match spans lines. */
const withIndices = new Map(
  secretPatterns.map((pattern) => [pattern, new RegExp(pattern.regex.source, `${pattern.regex.flags}d`)]),
);

/**
 * Credentials anywhere in a file, as gitleaks scans files: frontmatter, prose, comments and every
 * fence alike, which is why this reads raw text rather than the Markdown tree.
 */
export function scanForSecrets(text: string): SecretMatch[] {
  const lineAt = lineLocator(text);
  const byLine = new Map<number, Candidate[]>();
  // What a specific rule found and let pass (an example key, a variable) the generic rule leaves too.
  const allowedBySpecific: string[] = [];
  for (const pattern of secretPatterns) {
    for (const found of text.matchAll(withIndices.get(pattern)!)) {
      const { secret, index } = secretOf(found, pattern);
      if (pattern.entropy !== undefined && shannonEntropy(secret) < pattern.entropy) continue;
      if (isNeverSecret(secret) || pattern.allow?.(secret, found[0])) {
        allowedBySpecific.push(secret);
        continue;
      }
      if (pattern.id === 'generic-api-key' && allowedBySpecific.some((allowed) => overlaps(allowed, secret)))
        continue;
      const line = lineAt(index);
      const redacted = pattern.showMatch ? secret : redact(secret);
      const match = { id: pattern.id, description: pattern.description, line, redacted };
      byLine.set(line, [...(byLine.get(line) ?? []), { secret, match }]);
    }
  }
  return [...byLine.keys()].sort((a, b) => a - b).flatMap((line) => keepBest(byLine.get(line)!));
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

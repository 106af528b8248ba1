/**
 * Just enough of PromQL and Prometheus durations to compare a rule with the condition the handbook
 * states: the comparisons with a number at the top level of an expression, and durations in
 * milliseconds.
 */

export interface Comparison {
  /** `>`, `<`, `>=`, `<=`, `==` or `!=`, read with the series on the left. */
  op: string;
  value: number;
}

const units: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, y: 31536e6 };

/** `1h30m` → 5 400 000; undefined when it is not a duration. */
export function durationMs(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)];
  if (parts.map((part) => part[0]).join('') !== text || parts.length === 0) return undefined;
  return parts.reduce((sum, [, count, unit]) => sum + Number(count) * units[unit!]!, 0);
}

/** `> 0.8` as the data writes a threshold. */
export function parseThreshold(text: string): Comparison | undefined {
  const match = /^(>=|<=|==|!=|>|<) ?(-?\d+(?:\.\d+)?)$/.exec(text.trim());
  return match ? { op: match[1]!, value: Number(match[2]) } : undefined;
}

const flipped: Record<string, string> = {
  '>': '<',
  '<': '>',
  '>=': '<=',
  '<=': '>=',
  '==': '==',
  '!=': '!=',
};
const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The comparisons between a series and a number at the top level of `expr`, outside brackets and
 * strings: `rate(x[5m]) > 0.05` gives `> 0.05`, `0.5 > ratio` gives `< 0.5`.
 */
export function topLevelComparisons(expr: string): Comparison[] {
  const tokens = topLevelTokens(expr);
  return tokens.flatMap((token, index): Comparison[] => {
    if (!(token in flipped)) return [];
    const right = tokens[index + 1] === 'bool' ? tokens[index + 2] : tokens[index + 1];
    const left = tokens[index - 1];
    if (right !== undefined && number.test(right)) return [{ op: token, value: Number(right) }];
    if (left !== undefined && number.test(left)) return [{ op: flipped[token]!, value: Number(left) }];
    return [];
  });
}

/** Operators, numbers and words outside (), [] and {} and string literals; a bracketed group is one `(…)`. */
function topLevelTokens(expr: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  for (let i = 0; i < expr.length;) {
    const char = expr[i]!;
    if (char === '"' || char === "'" || char === '`') {
      i = endOfString(expr, i);
      if (depth === 0) tokens.push('(…)');
    } else if ('([{'.includes(char)) {
      if (depth++ === 0) tokens.push('(…)');
      i++;
    } else if (')]}'.includes(char)) {
      depth--;
      i++;
    } else if (depth > 0 || /\s/.test(char)) i++;
    else {
      const token =
        /^(?:>=|<=|==|!=|[<>]|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|[A-Za-z_:][\w:.]*|.)/i.exec(
          expr.slice(i),
        )![0];
      tokens.push(token);
      i += token.length;
    }
  }
  return tokens;
}

function endOfString(expr: string, start: number): number {
  const quote = expr[start];
  let i = start + 1;
  while (i < expr.length && expr[i] !== quote) i += expr[i] === '\\' && quote !== '`' ? 2 : 1;
  return i + 1;
}

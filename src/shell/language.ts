/**
 * Languages that turn up in fences tagged as shell, each with the shape that gives it away. A
 * block in one of them gets one `block-language` warning instead of a shell error per line.
 */
const detectors: { language: string; test: (lines: string[], text: string) => boolean }[] = [
  {
    language: 'promql',
    test: (lines, text) =>
      lines.length <= 12 &&
      (/^[a-z_:][\w:]*\{[\w]+\s*(=|!=|=~|!~)\s*"/m.test(text) ||
        /^\s*(sum|avg|min|max|count|rate|irate|increase|histogram_quantile|topk|bottomk|absent|predict_linear|delta|deriv|label_replace|count_over_time|max_over_time|avg_over_time)\s*(by\s*\([^)]*\)\s*)?\(/m.test(
          text,
        )) &&
      !/^\s*(kubectl|curl|promtool|oc|amtool)\b/m.test(text) &&
      // `max() { … }` is a shell function, not an aggregation.
      !/^\s*\w+\s*\(\)/m.test(text),
  },
  {
    language: 'sql',
    test: (lines) =>
      /^(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|SHOW|GRANT|REVOKE|EXPLAIN|WITH|TRUNCATE|BEGIN|COMMIT|ROLLBACK|FLUSH|STOP|START|CHANGE|USE|SET\s+GLOBAL|CALL|VACUUM|ANALYZE)\b/i.test(
        lines[0]!,
      ) &&
      (/;\s*$/.test(lines.at(-1)!) || /^[A-Z]+\b/.test(lines[0]!)) &&
      !/^(set|use|show|start|stop|call|with)\s+-/.test(lines[0]!),
  },
  {
    language: 'yaml',
    test: (lines) => {
      const keys = lines.filter((line) => /^\s*(- )?[\w.\/-]+:(\s|$)/.test(line) || /^\s*- \S/.test(line));
      return lines.length >= 2 && keys.length / lines.length >= 0.7 && /^[\w.-]+:(\s|$)/.test(lines[0]!);
    },
  },
  {
    language: 'json',
    test: (_, text) => /^\s*[[{]/.test(text) && isJson(text),
  },
  {
    language: 'powershell',
    test: (_, text) =>
      /^\s*(Get|Set|New|Remove|Start|Stop|Restart|Invoke|Test|Import|Export|Write|Select|Where)-[A-Z]\w+/m.test(
        text,
      ) || /\$env:\w+/.test(text),
  },
  {
    language: 'ruby',
    test: (lines, text) =>
      /^\s*(require ['"]|def \w+|puts |class [A-Z]\w*\s*(<|$))/m.test(text) &&
      lines.some((line) => line.trim() === 'end'),
  },
  {
    language: 'javascript',
    test: (lines) =>
      lines.every((line) => /^\s*((db|rs|sh)\.\w+(\.\w+)*\(|use \w+$|\/\/|[}\])]|$)/.test(line)),
  },
];

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The language a shell-tagged block is really in, when it is plainly another one. */
export function otherLanguage(script: string): string | undefined {
  const lines = script.split('\n').filter((line) => line.trim() !== '' && !/^\s*(#|\/\/|--)/.test(line));
  if (lines.length === 0) return undefined;
  return detectors.find((detector) => detector.test(lines, lines.join('\n')))?.language;
}

/** `*.internal` matches `a.internal` and `a.b.internal`; other patterns match one host exactly. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((pattern) => {
    const lower = pattern.toLowerCase();
    return lower.startsWith('*.') ? name.endsWith(lower.slice(1)) : name === lower;
  });
}

/** The host of an http(s) URL, or undefined for anything else. */
export function httpHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

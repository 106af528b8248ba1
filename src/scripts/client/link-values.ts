import { inputPatterns, storeInputValue } from './input-values.ts';
import { refusal } from './value-rules.ts';

/**
 * Values from the page's link: `?NAME=value` fills the fill-once input NAME, as an alert's
 * `runbook_url` passes its labels. Only an input that declares a `pattern` takes one, and only a value
 * that matches it and holds no control character; anything else fills nothing and says why. A value
 * only fills the form and the commands' text: nothing runs.
 */
export interface LinkValues {
  filled: string[];
  /** Input name → why its value from the link was refused. */
  refused: Map<string, string>;
}

export function applyLinkValues(): LinkValues {
  const params = new URLSearchParams(location.search);
  const patterns = inputPatterns();
  const result: LinkValues = { filled: [], refused: new Map() };
  for (const [name, pattern] of patterns) {
    if (!params.has(name)) continue;
    const value = params.get(name)!.trim();
    const why =
      pattern === undefined
        ? 'this input declares no pattern, so it takes no value from a link'
        : refusal(value, pattern);
    // A refused value also clears what an earlier link or the reader left: it belonged to another alert.
    storeInputValue(name, why ? '' : value, 'link');
    if (why) result.refused.set(name, why);
    else result.filled.push(name);
    params.delete(name);
  }
  // A reload keeps the stored values (and what the reader changed since) rather than the link's again.
  if (result.filled.length + result.refused.size > 0) {
    const query = params.size > 0 ? `?${params}` : '';
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }
  return result;
}

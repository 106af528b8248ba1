import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { fetchKey } from '../urls/refs.ts';

/** Reports the URL checks' verdict `rule` at every place the URL occurs. */
export function urlVerdictRule(rule: 'url-broken' | 'url-unreachable'): Rule {
  return ({ hostRefs, urls }) =>
    hostRefs.flatMap((ref) => {
      const verdict = ref.url ? urls.verdicts.get(fetchKey(ref.url)) : undefined;
      if (!verdict || verdict.ok || verdict.rule !== rule) return [];
      return [finding(rule, ref, verdict.reason, ref.target)];
    });
}

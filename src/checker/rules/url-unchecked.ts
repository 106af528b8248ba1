import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { externalUrls, fetchKey } from '../urls/refs.ts';

/** `url-unchecked`: one warning for all the external URLs that could not be checked, never one each. */
export const urlUnchecked: Rule = ({ hostRefs, urls, options }) => {
  const unchecked = externalUrls(hostRefs, options).filter((url) => !urls.verdicts.has(url));
  const first = hostRefs.find((ref) => ref.url && unchecked.includes(fetchKey(ref.url)));
  if (!first || unchecked.length === 0) return [];
  const count = unchecked.length === 1 ? '1 external URL was' : `${unchecked.length} external URLs were`;
  return [
    finding(
      'url-unchecked',
      first,
      `${count} not checked: ${urls.uncheckedReason ?? 'unknown reason'}`,
      first.target,
    ),
  ];
};

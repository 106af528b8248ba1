import { alertPath } from '../../lib/alert-address.ts';
import type { AlertRule } from '../alert-rules/read.ts';
import type { CheckContext, Rule } from '../context.ts';
import { finding } from '../findings.ts';

/**
 * `alert-runbook-url`: the rule's `runbook_url` annotation must be the alert's handbook address,
 * `<site>/alerts/<id>/`, and may pass in its query only inputs the runbook takes from a link.
 */
export const alertRunbookUrl: Rule = (context) =>
  context.alertRules.flatMap((rule) => {
    const alert = context.system.alerts.find((entry) => entry.id === rule.name);
    if (!alert) return [];
    const expected = `${context.options.siteUrl}${alertPath(alert.id)}`;
    const problems = urlProblems(rule, expected, acceptedInputs(context, alert.runbook));
    const at = { file: rule.file, line: rule.runbookUrl === undefined ? rule.line : rule.runbookUrlLine };
    return problems.map((message) => finding('alert-runbook-url', at, message, rule.runbookUrl ?? rule.name));
  });

/** Inputs of the runbook that declare a `pattern`: the only ones a link may fill. */
function acceptedInputs({ pages }: CheckContext, runbook: string): Map<string, boolean> {
  const inputs = pages.find((page) => page.id === runbook)?.data?.inputs ?? [];
  return new Map(inputs.map((input) => [input.name, input.pattern !== undefined]));
}

function urlProblems(rule: AlertRule, expected: string, inputs: Map<string, boolean>): string[] {
  if (rule.runbookUrl === undefined) return [`no runbook_url annotation; add runbook_url: ${expected}`];
  const [address = '', query] = splitOnce(rule.runbookUrl, '?');
  if (address !== expected) return [`runbook_url points at ${address}, not the alert's address ${expected}`];
  const names = (query ?? '')
    .split('&')
    .filter(Boolean)
    .map((pair) => splitOnce(pair, '=')[0]);
  return names.flatMap((name) => {
    const accepted = inputs.get(name);
    if (accepted) return [];
    return [
      accepted === undefined
        ? `runbook_url passes ${name}, which the runbook does not declare in \`inputs:\``
        : `runbook_url passes ${name}, but that input declares no \`pattern\`, so it takes no value from a link`,
    ];
  });
}

const splitOnce = (text: string, separator: string): [string, string | undefined] => {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
};

import { durationMs, parseThreshold, topLevelComparisons } from '../alert-rules/promql.ts';
import type { AlertRule } from '../alert-rules/read.ts';
import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import type { Alert } from '../../data/schema.ts';

/**
 * `alert-drift`: the rule's threshold or `for:` differs from the `threshold` and `for` the data
 * states next to the alert's condition, so the runbook describes another alert than the one that fires.
 */
export const alertDrift: Rule = ({ alertRules, system }) =>
  alertRules.flatMap((rule) => {
    const alert = system.alerts.find((entry) => entry.id === rule.name);
    return alert ? [...thresholdDrift(rule, alert), ...forDrift(rule, alert)] : [];
  });

function thresholdDrift(rule: AlertRule, alert: Alert) {
  const stated = alert.threshold === undefined ? undefined : parseThreshold(alert.threshold);
  if (!stated) return [];
  const found = topLevelComparisons(rule.expr);
  if (found.some((comparison) => comparison.op === stated.op && comparison.value === stated.value)) return [];
  const seen =
    found.length > 0 ? found.map((c) => `${c.op} ${c.value}`).join(', ') : 'no comparison with a number';
  return [
    finding(
      'alert-drift',
      { file: rule.file, line: rule.exprLine },
      `the rule's expression has ${seen}; the data states ${alert.threshold} (${alert.condition})`,
      rule.expr,
    ),
  ];
}

function forDrift(rule: AlertRule, alert: Alert) {
  const stated = durationMs(alert.for ?? '0s');
  if (stated === durationMs(rule.for ?? '0s')) return [];
  const at = { file: rule.file, line: rule.for === undefined ? rule.line : rule.forLine };
  const given = rule.for === undefined ? 'no for:' : `for: ${rule.for}`;
  return [
    finding(
      'alert-drift',
      at,
      `the rule has ${given}; the data states ${alert.for ? `for: ${alert.for}` : 'none'} (${alert.condition})`,
      rule.for ?? rule.name,
    ),
  ];
}

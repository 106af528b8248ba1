import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/** `alert-no-runbook`: an alert in the rule files that src/data/alerts.yaml does not list. */
export const alertNoRunbook: Rule = ({ alertRules, system }) =>
  alertRules
    .filter((rule) => !system.alerts.some((alert) => alert.id === rule.name))
    .map((rule) =>
      finding(
        'alert-no-runbook',
        rule,
        `alert "${rule.name}" has no entry in src/data/alerts.yaml, so no runbook answers it`,
        rule.name,
      ),
    );

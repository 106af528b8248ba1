import { locateDataField } from '../../data/locate.ts';
import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';

/** `alert-not-deployed`: an alert of the data that none of the given rule files defines. */
export const alertNotDeployed: Rule = ({ alertRules, system, options }) => {
  if (options.alertRules.length === 0) return [];
  const deployed = new Set(alertRules.map((rule) => rule.name));
  return system.alerts.flatMap((alert, index) =>
    deployed.has(alert.id)
      ? []
      : [
          finding(
            'alert-not-deployed',
            locateDataField('alerts', [index, 'id'], options.dataDir),
            `alert "${alert.id}" is in no rule file given (${options.alertRules.join(', ')})`,
            alert.id,
          ),
        ],
  );
};

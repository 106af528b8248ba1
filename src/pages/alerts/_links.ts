import { getEntry } from 'astro:content';
import { system } from '../../data/index.ts';
import { locateDataField } from '../../data/load.ts';
import type { Alert } from '../../data/schema.ts';
import { HandbookError, type Problem } from '../../lib/problems.ts';

/** Every alert with its runbook's title; fails the build when a label names an input that cannot take it. */
export async function alertsWithRunbooks() {
  const problems: Problem[] = [];
  const rows = await Promise.all(
    system.alerts.map(async (alert, index) => {
      const runbook = await getEntry('docs', alert.runbook);
      problems.push(...labelProblems(alert, index, runbook?.data.inputs ?? []));
      return { alert, title: runbook?.data.title ?? alert.runbook };
    }),
  );
  if (problems.length > 0) throw new HandbookError('Alert labels that no runbook input accepts:', problems);
  return rows;
}

/** A label passed through the link must fill an input of the runbook that declares a `pattern`. */
function labelProblems(
  alert: Alert,
  index: number,
  inputs: { name: string; pattern?: string | undefined }[],
) {
  return Object.entries(alert.labels ?? {}).flatMap(([label, name]): Problem[] => {
    const input = inputs.find((candidate) => candidate.name === name);
    if (input?.pattern) return [];
    const why = input
      ? `input ${name} of ${alert.runbook} has no \`pattern\`, so it takes no value from a link`
      : `${alert.runbook} declares no input ${name}`;
    return [
      {
        ...locateDataField('alerts', [index, 'labels', label]),
        field: `${index}.labels.${label}`,
        message: why,
      },
    ];
  });
}

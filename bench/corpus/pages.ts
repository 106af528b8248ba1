import type { Component } from './vocabulary.ts';

/** Everything one generated page needs; the plan in `corpus.ts` makes these. */
export interface PageSpec {
  kind: 'runbook' | 'troubleshooting';
  /** Page id such as `runbooks/restart-the-report-worker-after-a-deployment`. */
  id: string;
  title: string;
  /** Lower-case situation, such as `after a deployment`. */
  situation: string;
  component: Component;
  /** Runbook verb and what it achieves. */
  action: { verb: string; outcome: string; command: string };
  owner: string;
  service: string;
  /** Page ids this page links to, in frontmatter and in the text. */
  related: readonly string[];
  /** Alert ids a runbook answers (the alert data names it back). */
  alerts: readonly string[];
  diagnosis: readonly string[];
  minutes: number;
  /** Page number, so each diagram has its own source (and its own cache entry). */
  number: number;
  withDiagram: boolean;
}

const yamlList = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
const fence = (lang: string, lines: readonly string[]) => ['```' + lang, ...lines, '```'].join('\n');
const sitePath = (id: string) => `/${id}/`;
const link = (id: string, label: string) => `[${label}](${sitePath(id)})`;
const grafana = (spec: PageSpec) =>
  `https://grafana.corp.internal/d/company-view?var-service=${spec.component.compose}&from=now-1h`;

function diagram(spec: PageSpec): string {
  const { name } = spec.component;
  return fence('mermaid', [
    'flowchart LR',
    `  A["Alert or report (${spec.number})"] --> B["Check ${name}"]`,
    `  B --> C{"${spec.component.errors[0]!.replaceAll('"', "'")}?"}`,
    `  C -->|yes| D["${spec.action.verb} the ${name}"]`,
    '  C -->|no| E["Escalate"]',
    '  D --> F["Verify"]',
  ]);
}

/**
 * Company View declares TENANT_ID for all its pages in src/data/services.yaml, example included, so its
 * pages only describe where to find it; a page of another service declares it in full.
 */
const tenantExample = (service: string) => (service === 'company-view' ? '' : '    example: acme-42\n');

/** A runbook with every section the handbook requires, commands, links and sometimes a diagram. */
export function runbookPage(spec: PageSpec): string {
  const { name, compose, errors } = spec.component;
  const [first, second, third] = spec.related;
  return `---
title: ${JSON.stringify(spec.title)}
description: ${JSON.stringify(`${spec.action.verb} the ${name} of Company View ${spec.situation}, so that it ${spec.action.outcome}.`)}
kind: runbook
owner: ${spec.owner}
lastReviewed: 2026-11-01
services: [${spec.service}]
when: ${JSON.stringify(`The ${name} shows ${errors[0]} ${spec.situation}.`)}
estimatedMinutes: ${spec.minutes}
alerts: ${yamlList(spec.alerts)}
rollback: ${spec.id}#rollback
related: ${yamlList(spec.related)}
inputs:
  - name: TENANT_ID
    description: Tenant that reported the problem, from the support ticket.
${tenantExample(spec.service)}---

## When to use

Use this runbook when the ${name} reports \`${errors[0]}\` or \`${errors[1]}\` ${spec.situation}. It takes
about ${spec.minutes} minutes for someone who has done it before. If the symptom is different, start from
${link(first!, 'the related troubleshooting page')} instead.

${spec.withDiagram ? `${diagram(spec)}\n\n` : ''}## Prerequisites

- [ ] SSH access to \`company-view.corp.internal\` and membership of the \`docker\` group.
- [ ] The [Grafana dashboard](${grafana(spec)}) open.
- [ ] Export the page input in your shell, for example \`export TENANT_ID=acme-42\`.

## Steps

### 1. Look at the current state

${fence('bash', ['cd /opt/company-view', ...spec.diagnosis.map((line) => line.replaceAll('{c}', compose))])}

Note the number of \`${compose}\` containers and how long they have been up.

### 2. Confirm the tenant sees the error

${fence('bash', [`curl -fsS -H "x-tenant-id: $TENANT_ID" https://company-view.corp.internal/api/company-view/summary | jq .status`])}

Seeing \`${errors[0]}\` here confirms it. Anything else: see ${link(second!, 'the next page')}.

### 3. ${spec.action.verb} the ${name}

${fence('bash', ['cd /opt/company-view', spec.action.command.replaceAll('{c}', compose), `docker compose ps ${compose}`])}

## Verify

- [ ] \`docker compose ps ${compose}\` shows every container \`running\`.
- [ ] The health endpoint prints \`"pass"\`; the dashboard shows no \`${errors[1]}\` for 10 minutes.

## Rollback

If the ${name} is worse than before, undo step 3 with the previous settings and follow ${link(third!, 'the fallback')}.

${fence('bash', ['cd /opt/company-view', `docker compose up -d --no-deps ${compose}`])}

## Escalation

Still failing after ${spec.minutes * 2} minutes: post in \`#company-view\` and page the team lead. See
[step 1](#1-look-at-the-current-state) for what to paste.
`;
}

/** A troubleshooting page with symptoms, diagnosis commands, solutions and links to runbooks. */
export function troubleshootingPage(spec: PageSpec): string {
  const { name, compose, errors } = spec.component;
  const [first, second, third] = spec.related;
  return `---
title: ${JSON.stringify(spec.title)}
description: ${JSON.stringify(`Find why the ${name} reports ${errors[0]} ${spec.situation}, and fix it.`)}
kind: troubleshooting
owner: ${spec.owner}
lastReviewed: 2026-11-01
services: [${spec.service}]
related: ${yamlList(spec.related)}
symptoms: ${yamlList([...errors, `${name} ${spec.situation}`])}
---

Use this page when the ${name} reports \`${errors[0]}\` ${spec.situation}. One tenant affected is SEV3;
every tenant is SEV2.

${spec.withDiagram ? `${diagram(spec)}\n\n` : ''}## Symptoms

- Logs of \`${compose}\` contain \`${errors[0]}\`.
- Users report \`${errors[1]}\` on the dashboard.
- The ${name} panel of the [Grafana dashboard](${grafana(spec)}) is red.

## Diagnosis

${fence('bash', ['cd /opt/company-view', ...spec.diagnosis.map((line) => line.replaceAll('{c}', compose))])}

Compare the output with the last healthy day. If the ${name} restarts in a loop, read its last log lines:

${fence('bash', ['cd /opt/company-view', `docker compose logs --tail 100 ${compose} | grep -i error`])}

## Solutions

1. Transient: follow ${link(first!, 'the runbook')} and watch for 10 minutes.
2. Configuration: compare the environment with the last release, then ${link(second!, 'apply the fix')}.
3. Capacity: see ${link(third!, 'the scaling runbook')}.

## Prevention

Keep the alert for \`${errors[0]}\` on and review this page every 90 days; see [Diagnosis](#diagnosis) for the
signals that come first.

## Related runbooks

- ${link(first!, 'First response')}
- ${link(second!, 'Configuration fix')}
- ${link(third!, 'Capacity')}
`;
}

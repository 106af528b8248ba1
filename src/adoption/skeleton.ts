import { stringify } from 'yaml';
import { pageKinds } from '../schemas/kinds.ts';
import { defaultDirs, pageTemplate } from '../../scripts/lib/page-template.ts';

export interface SkeletonOptions {
  service: string;
  team: string;
  /** `YYYY-MM-DD`: the pages' `lastReviewed`. */
  today: string;
}

const page = (frontmatter: Record<string, unknown>, body: string): string =>
  `---\n${stringify(frontmatter)}---\n\n${body.trim()}\n`;

/**
 * The pages an empty handbook starts with: a home page, one index per sidebar section with the
 * generated catalogs, and one draft per page kind (shown by `npm run dev`, left out of builds and
 * checks) written by the same template as `npm run new`.
 */
export function skeletonPages({ service, team, today }: SkeletonOptions): Record<string, string> {
  const meta = (title: string, description: string) => ({
    title,
    description,
    kind: 'reference',
    owner: team,
    lastReviewed: today,
  });
  const section = (title: string, description: string, body: string) => page(meta(title, description), body);
  const pages: Record<string, string> = {
    'index.mdx': page(
      {
        ...meta('On-call home', `Deploy, run, troubleshoot, roll back and recover ${service}.`),
        kind: 'guide',
      },
      `import { Contact } from '~/components';

Start here when something is wrong with ${service}.

- An alert fired: open [Alerts](/reference/alerts/); each alert names its runbook.
- You see an error message or a symptom: open [Troubleshooting](/troubleshooting/), or press <kbd>/</kbd> and type it.
- You need a procedure: open [Runbooks](/runbooks/).

On call: <Contact role="on-call" />

New to the team? Read [Getting started](/getting-started/).`,
    ),
    'getting-started/index.mdx': section(
      'Getting started',
      `The path from what ${service} is to deploying and rolling it back alone.`,
      `Write the path a new engineer follows here: what the system is, how to get access, then the first deploy and rollback with someone beside them.`,
    ),
    'runbooks/index.mdx': section(
      'Runbooks',
      'Every runbook, generated from the runbooks’ frontmatter.',
      `import { RunbookCatalog } from '~/components';\n\nEvery runbook, with when to use it and the alerts it answers. Add one with \`npm run new -- runbook "Title"\` or bring yours with \`npm run import\`.\n\n<RunbookCatalog />`,
    ),
    'troubleshooting/index.mdx': section(
      'Troubleshooting',
      'Find the page for what you see, generated from the troubleshooting pages’ symptoms.',
      `import { SymptomIndex } from '~/components';\n\nFind the exact text you see in the left column, or search with <kbd>/</kbd>.\n\n<SymptomIndex />`,
    ),
    'reference/alerts.mdx': section(
      'Alerts',
      'Every alert, its condition, severity and runbook, generated from the system data.',
      `import { AlertTable } from '~/components';\n\nGenerated from \`src/data/alerts.yaml\`: add an alert there with the runbook that answers it.\n\n<AlertTable />`,
    ),
    'reference/services.mdx': section(
      'Services',
      'The services this handbook documents, from the system data.',
      `The services, their hosts and owners are kept in \`src/data/services.yaml\`; pages show them through components such as \`<ServiceUrl service="${service}" env="production" />\`.`,
    ),
    'rollback/index.mdx': section(
      'Rollback',
      'How to undo each kind of change.',
      'One page per kind of change (application, configuration, database), each saying how to tell it is needed, the steps back and how to verify.',
    ),
    'deployment/index.mdx': section(
      'Deployment',
      `How ${service} gets to production.`,
      'The path of a release: checks before, staging, production, verification after.',
    ),
    'incident-response/postmortem.mdx': section(
      'Postmortem',
      'The postmortem each serious incident gets, and its timeline table.',
      `Write one for every incident your severity levels say needs it, blameless, within two working days.

## Timeline

| Time (UTC) | Event |
| --- | --- |
| | |

## Action items

| Action | Owner (a role or team) | Status |
| --- | --- | --- |
| | | |`,
    ),
    'maintenance/index.mdx': section(
      'Maintenance',
      'Routine tasks and their schedule.',
      'List the daily, weekly and monthly tasks here, each linking its runbook.',
    ),
    'contributing/index.mdx': section(
      'Contributing',
      'How to add and keep pages in this handbook.',
      'Add a page with `npm run new -- <kind> "<Title>"`, bring existing runbooks with `npm run import -- <folder>`, and run `npm run build` and `npm run check -- --offline` before you merge. The checks are described in [Checks](/contributing/checks/); serving the handbook in [Hosting](/contributing/hosting/).',
    ),
  };
  for (const kind of pageKinds) {
    const dir = defaultDirs[kind] || 'getting-started';
    const template = pageTemplate(kind, `Example ${kind}`, new Date(`${today}T00:00:00Z`), team);
    // A draft: `npm run dev` shows it as the shape of its kind; builds and checks leave it out.
    pages[`${dir}/example-${kind}.mdx`] = template.replace(/^---\n/, '---\ndraft: true\n');
  }
  return pages;
}

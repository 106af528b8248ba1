/**
 * When a rule runs: `source` rules read the pages and the system data alone (src/integrity/), so
 * the build, `npm run validate` and `npm run check` all run them and agree; `site` rules run in
 * `npm run check` only, against the built site (or a folder's file tree), the network and the
 * shell parser.
 */
export type RuleStage = 'source' | 'site';

/** What a rule is: how bad a finding is, a short title, and how to fix it. */
export interface RuleDefinition {
  severity: 'error' | 'warning';
  stage: RuleStage;
  /** Short name of what is wrong, used as the heading of the rule's section in the docs. */
  title: string;
  /** One line on how to fix a finding; the text report prints it under each one. */
  hint: string;
}

/**
 * Every rule the checker knows. The ids are stable: CI annotations, the JSON report and
 * `/contributing/checks/#<id>` all use them.
 */
export const rules = {
  'link-broken': {
    severity: 'error',
    stage: 'site',
    title: 'Link to a page that does not exist',
    hint: 'Link to an existing page: in the handbook an absolute path with a trailing slash (/runbooks/scaling/); in a folder of Markdown the relative path of its file (../runbooks/scaling.md).',
  },
  'link-anchor': {
    severity: 'error',
    stage: 'site',
    title: 'Link to a heading that does not exist',
    hint: 'Use the id of a heading on the target page: its text in lower case with dashes, such as #steps.',
  },
  'url-broken': {
    severity: 'error',
    stage: 'site',
    title: 'URL that answers 404 or 410, or whose host does not exist',
    hint: 'Replace the URL with its new address, or remove it.',
  },
  'url-unreachable': {
    severity: 'warning',
    stage: 'site',
    title: 'URL that timed out or kept failing',
    hint: 'Open the URL yourself; if it stays down, link something more stable.',
  },
  'url-unknown-host': {
    severity: 'error',
    stage: 'site',
    title: 'Internal host that is not in the services data',
    hint: 'Use a host listed in src/data/services.yaml, or add the service there first.',
  },
  'url-unchecked': {
    severity: 'warning',
    stage: 'site',
    title: 'External URLs not checked',
    hint: 'Run the check again with network access and without --offline.',
  },
  'command-syntax': {
    severity: 'error',
    stage: 'site',
    title: 'Shell block that does not parse',
    hint: 'Fix the quoting or the unfinished construct; the block must run as written.',
  },
  'command-unknown-program': {
    severity: 'error',
    stage: 'site',
    title: 'Program that is not a builtin, a common utility or a known tool',
    hint: 'Use a tool from src/data/tools.yaml, or add the tool there with its purpose and install line.',
  },
  'command-placeholder': {
    severity: 'error',
    stage: 'site',
    title: 'Placeholder in a command',
    hint: 'Use a shell variable ($TENANT_ID) declared in `inputs:` or set earlier on the page.',
  },
  'command-destructive': {
    severity: 'error',
    stage: 'site',
    title: 'Destructive command without a caution right before it',
    hint: 'Put a :::caution aside saying what the command destroys immediately before the block.',
  },
  'command-undeclared-env': {
    severity: 'error',
    stage: 'site',
    title: 'Variable that is never set',
    hint: 'Set it earlier on the page, declare it in `inputs:`, or use one of src/data/environment.yaml.',
  },
  'command-invisible-char': {
    severity: 'error',
    stage: 'site',
    title: 'Invisible character in a command',
    hint: 'Delete the character: a control, zero-width or bidirectional character runs unseen when pasted.',
  },
  'block-language': {
    severity: 'warning',
    stage: 'site',
    title: 'Block tagged as shell that is another language or output',
    hint: 'Tag the block with its language (promql, sql, yaml, text), or put `$ ` before its commands.',
  },
  secret: {
    severity: 'error',
    stage: 'site',
    title: 'Credential in the docs',
    hint: 'Remove it and rotate it; read credentials from the environment ("$DATABASE_URL") instead.',
  },
  'page-stale': {
    severity: 'warning',
    stage: 'site',
    title: 'Page overdue for review',
    hint: 'Check the page against the system, then update `lastReviewed`.',
  },
  'page-imported': {
    severity: 'warning',
    stage: 'site',
    title: 'Imported page not reviewed yet',
    hint: 'Review the page against the system, add what its kind needs, then remove `imported:` from its frontmatter.',
  },
  'page-orphan': {
    severity: 'warning',
    stage: 'site',
    title: 'Page that no other page links to',
    hint: 'Link it from its catalog, a related page or `related:`, or add it to the sidebar.',
  },
  'runbook-section': {
    severity: 'error',
    stage: 'source',
    title: 'Required section missing',
    hint: 'Add the missing h2 section; `npm run new` writes every required heading.',
  },
  'page-encoding': {
    severity: 'error',
    stage: 'source',
    title: 'Page that is not UTF-8',
    hint: 'Save the file as UTF-8; the line named holds the first byte that is not.',
  },
  'page-syntax': {
    severity: 'error',
    stage: 'source',
    title: 'Page that does not parse',
    hint: 'Fix the Markdown or MDX at that line: close the tag or brace, or escape a literal { or < in MDX.',
  },
  'page-frontmatter': {
    severity: 'error',
    stage: 'source',
    title: 'Frontmatter field that is invalid or names something that does not exist',
    hint: 'Use the type the field takes and an id from src/data/*.yaml (owner, services, alerts).',
  },
  'page-duplicate': {
    severity: 'error',
    stage: 'source',
    title: 'Two files published at one address',
    hint: 'Keep one of the files: x.md beside x.mdx, or two names that differ only in case, are one page.',
  },
  'page-reference': {
    severity: 'error',
    stage: 'source',
    title: 'Related or rollback page that does not exist',
    hint: 'Name an existing page id, such as runbooks/scaling (its path under src/content/docs without the extension).',
  },
  'page-template': {
    severity: 'error',
    stage: 'source',
    title: 'Text left from the page template',
    hint: "Replace what `npm run new` wrote with the page's own text.",
  },
  'runbook-field': {
    severity: 'error',
    stage: 'source',
    title: 'Runbook field missing',
    hint: "Add `when`, `estimatedMinutes` and `rollback` to the runbook's frontmatter.",
  },
  'runbook-unexercised': {
    severity: 'warning',
    stage: 'source',
    title: 'Runbook never exercised, or past its exerciseEvery',
    hint: 'Run it in a drill or game day (or note the real incident that ran it), then add an `exercised:` entry with its date, kind and outcome.',
  },
  'alert-runbook': {
    severity: 'error',
    stage: 'source',
    title: 'Alert and runbook that do not name each other',
    hint: "List the alert in the runbook's `alerts:` and name the runbook in src/data/alerts.yaml.",
  },
  'component-data': {
    severity: 'error',
    stage: 'source',
    title: 'Component given an id the system data lacks',
    hint: 'Use an id from src/data/*.yaml (a service and environment, a contact role), or add it there first.',
  },
  'yaml-comment': {
    severity: 'error',
    stage: 'source',
    title: 'Value cut short by a YAML comment',
    hint: "Quote the whole value ('…#incident.'): unquoted, a space and # start a comment.",
  },
  'diagram-syntax': {
    severity: 'error',
    stage: 'source',
    title: 'Mermaid diagram that does not parse',
    hint: 'Fix the diagram at that line; mermaid.live shows where it stops.',
  },
  'alert-no-runbook': {
    severity: 'error',
    stage: 'site',
    title: 'Alert in the rule files with no runbook',
    hint: 'Add the alert to src/data/alerts.yaml with the runbook that answers it, or remove the rule.',
  },
  'alert-not-deployed': {
    severity: 'warning',
    stage: 'site',
    title: 'Alert of the handbook that no rule file defines',
    hint: 'Deploy a rule for it, or remove it from src/data/alerts.yaml and from its runbook.',
  },
  'alert-runbook-url': {
    severity: 'error',
    stage: 'site',
    title: "Alert rule whose runbook_url is not the alert's handbook address",
    hint: 'Paste the annotation `npm run alerts:annotations` prints for the alert.',
  },
  'alert-drift': {
    severity: 'warning',
    stage: 'site',
    title: "Alert rule whose threshold or for: differs from the handbook's",
    hint: 'Make the rule and the `threshold`/`for` (and condition) in src/data/alerts.yaml say the same.',
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** Where the docs explain a rule: its section on the contributing page. */
export function ruleDocsUrl(rule: RuleId, siteUrl: string): string {
  return new URL(`contributing/checks/#${rule}`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** What a rule is: how bad a finding is, a short title, and how to fix it. */
export interface RuleDefinition {
  severity: 'error' | 'warning';
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
    title: 'Link to a page that does not exist',
    hint: 'Link to an existing page with an absolute path and a trailing slash, such as /runbooks/scaling/.',
  },
  'link-anchor': {
    severity: 'error',
    title: 'Link to a heading that does not exist',
    hint: 'Use the id of a heading on the target page: its text in lower case with dashes, such as #steps.',
  },
  'url-broken': {
    severity: 'error',
    title: 'URL that answers 404 or 410, or whose host does not exist',
    hint: 'Replace the URL with its new address, or remove it.',
  },
  'url-unreachable': {
    severity: 'warning',
    title: 'URL that timed out or kept failing',
    hint: 'Open the URL yourself; if it stays down, link something more stable.',
  },
  'url-unknown-host': {
    severity: 'error',
    title: 'Internal host that is not in the services data',
    hint: 'Use a host listed in src/data/services.yaml, or add the service there first.',
  },
  'url-unchecked': {
    severity: 'warning',
    title: 'External URLs not checked',
    hint: 'Run the check again with network access and without --offline.',
  },
  'command-syntax': {
    severity: 'error',
    title: 'Shell block that does not parse',
    hint: 'Fix the quoting or the unfinished construct; the block must run as written.',
  },
  'command-unknown-program': {
    severity: 'error',
    title: 'Program that is not a builtin, a common utility or a known tool',
    hint: 'Use a tool from src/data/tools.yaml, or add the tool there with its purpose and install line.',
  },
  'command-placeholder': {
    severity: 'error',
    title: 'Placeholder in a command',
    hint: 'Use a shell variable ($TENANT_ID) declared in `inputs:` or set earlier on the page.',
  },
  'command-destructive': {
    severity: 'error',
    title: 'Destructive command without a caution right before it',
    hint: 'Put a :::caution aside saying what the command destroys immediately before the block.',
  },
  'command-undeclared-env': {
    severity: 'error',
    title: 'Variable that is never set',
    hint: 'Set it earlier on the page, declare it in `inputs:`, or use one of src/data/environment.yaml.',
  },
  secret: {
    severity: 'error',
    title: 'Credential in the docs',
    hint: 'Remove it and rotate it; read credentials from the environment ("$DATABASE_URL") instead.',
  },
  'page-stale': {
    severity: 'warning',
    title: 'Page overdue for review',
    hint: 'Check the page against the system, then update `lastReviewed`.',
  },
  'page-imported': {
    severity: 'warning',
    title: 'Imported page not reviewed yet',
    hint: 'Review the page against the system, add what its kind needs, then remove `imported:` from its frontmatter.',
  },
  'page-orphan': {
    severity: 'warning',
    title: 'Page that no other page links to',
    hint: 'Link it from its catalog, a related page or `related:`, or add it to the sidebar.',
  },
  'runbook-section': {
    severity: 'error',
    title: 'Required section missing',
    hint: 'Add the missing h2 section; `npm run new` writes every required heading.',
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** Where the docs explain a rule: its section on the contributing page. */
export function ruleDocsUrl(rule: RuleId, siteUrl: string): string {
  return new URL(`contributing/checks/#${rule}`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

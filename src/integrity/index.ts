import type { Finding } from '../checker/findings.ts';
import type { RuleId } from '../checker/rules.ts';
import type { SourceContext, SourceRule } from './context.ts';
import { alertRunbook } from './rules/alert-runbook.ts';
import { componentData } from './rules/component-data.ts';
import { pageDuplicate } from './rules/page-duplicate.ts';
import { pageEncoding } from './rules/page-encoding.ts';
import { pageFrontmatter } from './rules/page-frontmatter.ts';
import { pageReference } from './rules/page-reference.ts';
import { pageSyntax } from './rules/page-syntax.ts';
import { pageTemplateText } from './rules/page-template.ts';
import { runbookField } from './rules/runbook-field.ts';
import { runbookSection } from './rules/runbook-section.ts';
import { runbookUnexercised } from './rules/runbook-unexercised.ts';
import { yamlComment } from './rules/yaml-comment.ts';

/**
 * The source-stage rules: what the build, `npm run validate` and `npm run check` all find from the
 * pages and the data alone. (`diagram-syntax` needs a browser: the build's Mermaid step and
 * `npm run validate` run it, see diagrams.ts.)
 */
export const sourceRules = {
  'page-encoding': pageEncoding,
  'page-syntax': pageSyntax,
  'page-frontmatter': pageFrontmatter,
  'page-duplicate': pageDuplicate,
  'page-reference': pageReference,
  'page-template': pageTemplateText,
  'runbook-field': runbookField,
  'runbook-section': runbookSection,
  'runbook-unexercised': runbookUnexercised,
  'alert-runbook': alertRunbook,
  'component-data': componentData,
  'yaml-comment': yamlComment,
} as const satisfies Partial<Record<RuleId, SourceRule>>;

/** Every source-stage finding, in one pass over the pages. */
export function sourceFindings(context: SourceContext): Finding[] {
  return Object.values(sourceRules).flatMap((rule) => rule(context));
}

export type { SourceContext } from './context.ts';

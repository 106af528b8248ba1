import type { Rule } from '../context.ts';
import { sourceRules } from '../../integrity/index.ts';

// Mermaid needs a browser: the build renders every diagram and fails on one that does not parse,
// and `npm run validate` renders them too, so a built site holds none; a folder of Markdown is not
// drawn at all.
const diagramSyntax: Rule = () => [];

/** The source-stage rules (src/integrity/), which the check runs on every page as the build does. */
export const sourceRuleChecks = {
  ...Object.fromEntries(
    Object.entries(sourceRules).map(([id, rule]) => [id, ((context) => rule(context.source)) satisfies Rule]),
  ),
  'diagram-syntax': diagramSyntax,
} as Record<keyof typeof sourceRules | 'diagram-syntax', Rule>;

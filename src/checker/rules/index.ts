import type { Rule } from '../context.ts';
import type { RuleId } from '../rules.ts';
import { blockLanguage } from './block-language.ts';
import { alertDrift } from './alert-drift.ts';
import { alertNoRunbook } from './alert-no-runbook.ts';
import { alertNotDeployed } from './alert-not-deployed.ts';
import { alertRunbookUrl } from './alert-runbook-url.ts';
import { commandDestructive } from './command-destructive.ts';
import { commandInvisibleChar } from './command-invisible-char.ts';
import { commandPlaceholder } from './command-placeholder.ts';
import { commandSyntax } from './command-syntax.ts';
import { commandUndeclaredEnv } from './command-undeclared-env.ts';
import { commandUnknownProgram } from './command-unknown-program.ts';
import { linkAnchor } from './link-anchor.ts';
import { linkBroken } from './link-broken.ts';
import { pageImported } from './page-imported.ts';
import { pageOrphan } from './page-orphan.ts';
import { pageStale } from './page-stale.ts';
import { secret } from './secret.ts';
import { sourceRuleChecks } from './source-rules.ts';
import { urlBroken } from './url-broken.ts';
import { urlUnchecked } from './url-unchecked.ts';
import { urlUnknownHost } from './url-unknown-host.ts';
import { urlUnreachable } from './url-unreachable.ts';

/** The implementation of every rule in the rule table. */
export const ruleChecks = {
  'link-broken': linkBroken,
  'link-anchor': linkAnchor,
  'url-broken': urlBroken,
  'url-unreachable': urlUnreachable,
  'url-unknown-host': urlUnknownHost,
  'url-unchecked': urlUnchecked,
  'command-syntax': commandSyntax,
  'command-unknown-program': commandUnknownProgram,
  'command-placeholder': commandPlaceholder,
  'command-destructive': commandDestructive,
  'command-undeclared-env': commandUndeclaredEnv,
  'command-invisible-char': commandInvisibleChar,
  'block-language': blockLanguage,
  secret,
  'page-stale': pageStale,
  'page-imported': pageImported,
  'page-orphan': pageOrphan,
  ...sourceRuleChecks,
  'alert-no-runbook': alertNoRunbook,
  'alert-not-deployed': alertNotDeployed,
  'alert-runbook-url': alertRunbookUrl,
  'alert-drift': alertDrift,
} as const satisfies Record<RuleId, Rule>;

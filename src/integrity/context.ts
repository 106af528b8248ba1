import type { SystemData } from '../data/load.ts';
import type { Finding } from '../checker/findings.ts';
import type { YamlSource } from '../lib/yaml-source.ts';
import type { Page } from '../model/index.ts';

/** What the source-stage rules read: the pages as the model read them, and the system data. */
export interface SourceContext {
  /** Every page, drafts included: a draft is still a page other pages may name. */
  pages: readonly Page[];
  system: SystemData;
  /** The data files as parsed, each with its path; empty for another team's folder. */
  dataFiles: readonly (YamlSource & { file: string })[];
  /** The handbook's own pages (its kinds, fields, components and template), not another team's folder. */
  handbook: boolean;
  /** The day date-dependent rules judge by (`runbook-unexercised`); now when not given. */
  now?: Date | undefined;
}

/** A source-stage rule: reads the context, returns its findings. */
export type SourceRule = (context: SourceContext) => Finding[];

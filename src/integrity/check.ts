import { defaultDataDir, type SystemData } from '../data/load.ts';
import type { Finding } from '../checker/findings.ts';
import { rules } from '../checker/rules.ts';
import type { Problem } from '../lib/problems.ts';
import type { Page } from '../model/index.ts';
import { pageSchema } from '../schemas/page.ts';
import { readDataFiles } from './data-files.ts';
import { sourceFindings } from './index.ts';

/**
 * The source-stage errors of the handbook's pages and data as problems (file, line, field,
 * message), the field being the finding's target. Pages read without the page schema are
 * validated here against `system`.
 */
export function integrityProblems(pages: Page[], system: SystemData, dataDir = defaultDataDir()): Problem[] {
  return integrityFindings(pages, system, dataDir)
    .filter((item) => item.severity === 'error')
    .map(({ file, line, target, message }) => ({ file, line, field: target, message }));
}

/** Every source-stage finding of the handbook's pages and data. */
export function integrityFindings(pages: Page[], system: SystemData, dataDir = defaultDataDir()): Finding[] {
  const schema = pageSchema(system).loose();
  const validated = pages.map((page) => page.validate(schema));
  return sourceFindings({ pages: validated, system, dataFiles: readDataFiles(dataDir), handbook: true });
}

/** `file:line field: message` and the rule's hint, for the build's and validate's error output. */
export function formatFinding(item: Finding): string {
  return `${item.file}:${item.line} ${item.target}: ${item.message} [${item.rule}]\n      fix: ${rules[item.rule].hint}`;
}

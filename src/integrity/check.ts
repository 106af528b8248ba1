import { locateDataField, type SystemData } from '../data/load.ts';
import type { Problem } from '../lib/problems.ts';
import { pageSchema, type PageFrontmatter } from '../schemas/page.ts';
import type { SourcePage } from './pages.ts';
import { missingFields } from './sections.ts';

interface ValidPage {
  page: SourcePage;
  data: PageFrontmatter;
}

/**
 * Everything about the pages that Zod alone cannot see: fields a kind requires, pages named in
 * `related` and `rollback`, and alerts and runbooks that must name each other.
 */
export function integrityProblems(pages: SourcePage[], system: SystemData): Problem[] {
  const schema = pageSchema(system).loose();
  const problems: Problem[] = [];
  const valid: ValidPage[] = [];
  for (const page of pages) {
    problems.push(...page.frontmatter.syntaxProblems);
    const result = schema.safeParse(page.frontmatter.value ?? {});
    if (result.success) valid.push({ page, data: result.data });
    else problems.push(...page.frontmatter.problemsAt(result.error.issues));
  }
  const ids = new Set(pages.map((page) => page.id));
  for (const entry of valid) {
    problems.push(
      ...runbookFieldProblems(entry),
      ...pageRefProblems(entry, ids),
      ...alertProblems(entry, system),
    );
  }
  problems.push(...alertRunbookProblems(system, valid, ids));
  return problems;
}

const problemAt = ({ page }: ValidPage, path: (string | number)[], message: string): Problem => ({
  file: page.file,
  line: page.frontmatter.lineOf(path),
  field: path.join('.'),
  message,
});

function runbookFieldProblems(entry: ValidPage): Problem[] {
  // An imported page is flagged for review instead (the checker's `page-imported` warning).
  if (entry.data.imported) return [];
  return missingFields(entry.data).map((field) => problemAt(entry, [field], 'required on a runbook'));
}

function pageRefProblems(entry: ValidPage, ids: Set<string>): Problem[] {
  const problems = entry.data.related
    .map((id, index) => ({ id, path: ['related', index] }))
    .filter(({ id }) => !ids.has(id))
    .map(({ id, path }) => problemAt(entry, path, `no page "${id}"`));
  const rollback = entry.data.rollback;
  if (rollback && 'page' in rollback && !ids.has(rollback.page))
    problems.push(problemAt(entry, ['rollback'], `no page "${rollback.page}"`));
  return problems;
}

/** A runbook's alert must name that runbook back, so the alert table and the runbook agree. */
function alertProblems(entry: ValidPage, system: SystemData): Problem[] {
  return entry.data.alerts.flatMap((alertId, index) => {
    const alert = system.alerts.find((candidate) => candidate.id === alertId);
    if (!alert || alert.runbook === entry.page.id) return [];
    return [
      problemAt(
        entry,
        ['alerts', index],
        `alert "${alertId}" names runbook "${alert.runbook}", not this page`,
      ),
    ];
  });
}

/** Every alert's runbook must exist and list the alert. */
function alertRunbookProblems(system: SystemData, valid: ValidPage[], ids: Set<string>): Problem[] {
  return system.alerts.flatMap((alert, index) => {
    const at = () => ({ ...locateDataField('alerts', [index, 'runbook']), field: `${index}.runbook` });
    if (!ids.has(alert.runbook))
      return [{ ...at(), message: `alert "${alert.id}": no page "${alert.runbook}"` }];
    // An invalid runbook page has its own problems reported; checking its alerts would only echo them.
    const runbook = valid.find((entry) => entry.page.id === alert.runbook);
    if (!runbook || runbook.data.alerts.includes(alert.id)) return [];
    return [{ ...at(), message: `alert "${alert.id}": ${runbook.page.file} does not list it in \`alerts\`` }];
  });
}

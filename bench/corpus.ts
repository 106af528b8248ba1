/**
 * Writes N realistic handbook pages (60 % runbooks, 40 % troubleshooting) with headings, shell
 * commands, links between pages and a Mermaid diagram every 20 pages. The same N always gives the
 * same pages, so the handbook and plain Starlight are built over identical input.
 *
 *   node bench/corpus.ts --pages 100 --out bench/.work/corpus
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runbookPage, troubleshootingPage, type PageSpec } from './corpus/pages.ts';
import { actions, components, diagnosisCommands, situations, teams } from './corpus/vocabulary.ts';

export interface CorpusPage {
  /** Page id, such as `runbooks/restart-the-report-worker-after-a-deployment`. */
  id: string;
  kind: PageSpec['kind'];
  /** Path under `src/content/docs/`. */
  file: string;
  text: string;
}

/** Alert ids the generated runbooks answer; the handbook's data names each runbook back. */
export const corpusAlertIds = [
  'cv-health-fail',
  'cv-app-container-down',
  'cv-error-rate-high',
  'cv-latency-p95-high',
  'cv-db-slow-queries',
  'cv-memory-high',
] as const;

/** A small deterministic generator (mulberry32), so every run writes the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Titles for `count` pages of one kind, from every combination of the vocabulary, in a fixed shuffle. */
function titles(kind: PageSpec['kind'], count: number, next: () => number) {
  const combos = components.flatMap((component) =>
    situations.flatMap((situation) =>
      kind === 'runbook'
        ? actions.map((action) => ({ component, situation, action, error: component.errors[0]! }))
        : component.errors.map((error) => ({ component, situation, action: actions[0]!, error })),
    ),
  );
  const order = shuffled(combos, next);
  return Array.from({ length: count }, (_, index) => {
    const combo = order[index % order.length]!;
    const round = Math.floor(index / order.length);
    const base =
      kind === 'runbook'
        ? `${combo.action.verb} the ${combo.component.name} ${combo.situation}`
        : `${capitalize(combo.component.name)}: ${combo.error} ${combo.situation}`;
    return { ...combo, title: round === 0 ? base : `${base} (${round + 1})` };
  });
}

const kindOf = (index: number): PageSpec['kind'] => (index % 5 < 3 ? 'runbook' : 'troubleshooting');

/** The specs of `count` pages: titles, ids, links and which page carries a diagram. */
export function planCorpus(count: number): PageSpec[] {
  // One seed for every N: page k has the same title and text at N = 100 and N = 1000.
  const next = random(20261123);
  const kinds = Array.from({ length: count }, (_, index) => kindOf(index));
  const runbookTitles = titles('runbook', kinds.filter((kind) => kind === 'runbook').length, next);
  const troubleTitles = titles('troubleshooting', count - runbookTitles.length, next);
  const used = new Set<string>();
  const drafts = kinds.map((kind) => {
    const combo = (kind === 'runbook' ? runbookTitles : troubleTitles).shift()!;
    let slug = slugify(combo.title);
    while (used.has(slug)) slug += '-x';
    used.add(slug);
    return { kind, combo, id: `${kind === 'runbook' ? 'runbooks' : 'troubleshooting'}/${slug}` };
  });
  const runbookIds = drafts.filter((draft) => draft.kind === 'runbook').map((draft) => draft.id);
  const troubleIds = drafts.filter((draft) => draft.kind === 'troubleshooting').map((draft) => draft.id);
  const pick = (ids: string[], fallback: string[], at: number) => {
    const pool = ids.length > 0 ? ids : fallback;
    return pool[((at % pool.length) + pool.length) % pool.length]!;
  };
  let runbookIndex = 0;
  return drafts.map((draft, index) => {
    const isRunbook = draft.kind === 'runbook';
    const own = isRunbook ? runbookIndex++ : index;
    const related = isRunbook
      ? [pick(troubleIds, runbookIds, own), pick(runbookIds, [], own + 1), pick(runbookIds, [], own + 7)]
      : [
          pick(runbookIds, troubleIds, index),
          pick(runbookIds, troubleIds, index + 3),
          pick(runbookIds, troubleIds, index + 11),
        ];
    const diagnosis = shuffled([...diagnosisCommands], next).slice(0, 3);
    return {
      kind: draft.kind,
      id: draft.id,
      title: draft.combo.title,
      situation: draft.combo.situation,
      component: {
        ...draft.combo.component,
        errors: [draft.combo.error, ...draft.combo.component.errors.filter((e) => e !== draft.combo.error)],
      },
      action: draft.combo.action,
      owner: teams[index % teams.length]!,
      service: draft.combo.component.name === 'ERP connector' ? 'odoo' : 'company-view',
      related,
      alerts: isRunbook && own < corpusAlertIds.length ? [corpusAlertIds[own]!] : [],
      diagnosis,
      minutes: 5 + 5 * Math.floor(next() * 9),
      number: index + 1,
      withDiagram: index % 20 === 0,
    };
  });
}

/** The `count` pages as files under `src/content/docs/`. */
export function generateCorpus(count: number): CorpusPage[] {
  return planCorpus(count).map((spec) => ({
    id: spec.id,
    kind: spec.kind,
    file: `${spec.id}.mdx`,
    text: spec.kind === 'runbook' ? runbookPage(spec) : troubleshootingPage(spec),
  }));
}

/** The alerts of the corpus's system data: each names the generated runbook that lists it. */
export function corpusAlerts(pages: readonly CorpusPage[]) {
  const runbooks = pages.filter((page) => page.kind === 'runbook');
  return corpusAlertIds.slice(0, runbooks.length).map((id, index) => ({
    id,
    condition: `Generated alert ${id} for the benchmark corpus.`,
    severity: 'SEV2' as const,
    runbook: runbooks[index]!.id,
  }));
}

/** Writes the corpus under `docsDir`; returns the pages written. */
export function writeCorpus(docsDir: string, count: number): CorpusPage[] {
  const pages = generateCorpus(count);
  for (const page of pages) {
    const file = path.join(docsDir, page.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.text);
  }
  return pages;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { pages: { type: 'string', default: '100' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node bench/corpus.ts --pages 100 --out <docs dir>');
    process.exitCode = 2;
  } else {
    const pages = writeCorpus(path.resolve(values.out), Number(values.pages));
    console.log(`wrote ${pages.length} pages to ${values.out}`);
  }
}

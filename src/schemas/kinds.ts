/** The kinds of page the handbook has, each with its own frontmatter and sections. */
export const pageKinds = [
  'guide',
  'runbook',
  'troubleshooting',
  'incident',
  'reference',
  'card',
  'checklist',
] as const;

export type PageKind = (typeof pageKinds)[number];

/** Days between reviews when a page does not set `reviewEvery`: procedures go stale fastest. */
export const reviewEveryDefaults: Record<PageKind, number> = {
  guide: 180,
  runbook: 90,
  troubleshooting: 90,
  incident: 180,
  reference: 180,
  card: 90,
  checklist: 90,
};

/** Headings (h2) a page of each kind must have, in this order; `npm run new` writes them. */
export const requiredSections: Record<PageKind, readonly string[]> = {
  guide: [],
  runbook: ['When to use', 'Prerequisites', 'Steps', 'Verify', 'Rollback', 'Escalation'],
  troubleshooting: ['Symptoms', 'Diagnosis', 'Solutions', 'Prevention', 'Related runbooks'],
  incident: ['When to use', 'Checklist'],
  reference: [],
  card: [],
  checklist: ['Checklist'],
};

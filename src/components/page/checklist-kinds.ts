import type { PageKind } from '../../schemas/kinds.ts';

/** Kinds whose task lists are worked through in an incident or a deploy and so keep their ticks. */
export const checklistKinds: readonly PageKind[] = ['checklist', 'incident', 'card'];

/**
 * Search leaves the handbook's own upkeep pages (how to contribute, its checks, how to host it) out of
 * the results unless the reader asks for them: every other page carries this Pagefind filter, and the
 * search dialog starts with it selected. Unticking it, one click, brings the upkeep pages back.
 */
export const scopeFilter = 'pages';
export const onCallScope = 'without handbook upkeep';

/** Sections whose pages are about the handbook itself, not the service. */
const upkeepSections = ['contributing'];

export const isUpkeepPage = (id: string) =>
  upkeepSections.some((section) => id === section || id.startsWith(`${section}/`));

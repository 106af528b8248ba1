// The page model: the one reading of a page that the build's integrity step, `npm run validate`,
// `npm run check` and the tests share. See README "Layout".
export * from './pages.ts';
export { isCleanupHeading } from './fences.ts';
export { pageIdOf, treeIdOf, pageFiles, type Layout } from './files.ts';

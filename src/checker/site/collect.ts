// The links and shell fences of a page now come from the page model (src/model/); these names stay
// for the command analysis and the safety badge, which import them from here.
export { shellLangs, type FenceRef, type ShellLang } from '../../model/fences.ts';
export type { LinkRef } from '../../model/links.ts';

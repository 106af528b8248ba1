import type { Rule } from '../context.ts';
import { urlVerdictRule } from './url-verdict.ts';

/** `url-broken`: 404, 410, a redirect loop, or a host that does not resolve while the network works. */
export const urlBroken: Rule = urlVerdictRule('url-broken');

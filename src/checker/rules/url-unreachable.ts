import type { Rule } from '../context.ts';
import { urlVerdictRule } from './url-verdict.ts';

/** `url-unreachable`: timeouts, dropped connections, 5xx and 429 still failing after retries. */
export const urlUnreachable: Rule = urlVerdictRule('url-unreachable');

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSystemData, type SystemData } from '../data/load.ts';
import { HandbookError } from '../lib/problems.ts';
import { handbookPages } from '../model/handbook.ts';
import { formatFinding, integrityFindings } from './check.ts';

/**
 * Fails `astro dev` and `astro build` on any error of the source-stage rules (the same rules
 * `npm run validate` and `npm run check` run), listing every one with file, line, field and fix.
 */
export function integrityIntegration(system?: SystemData): AstroIntegration {
  return {
    name: 'handbook-integrity',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const docsDir = path.join(fileURLToPath(config.srcDir), 'content/docs');
        const data = system ?? loadSystemData();
        const errors = integrityFindings(handbookPages(docsDir, data), data).filter(
          (item) => item.severity === 'error',
        );
        if (errors.length > 0) throw new BuildRefusal(errors.map(formatFinding));
      },
    },
  };
}

/** Every error at once, without a stack trace: the list is the message. */
class BuildRefusal extends HandbookError {
  constructor(lines: string[]) {
    super(`The handbook pages and system data have ${lines.length} error(s):`, []);
    this.message = `${this.message.trimEnd()}\n${lines.map((line) => `  ${line}`).join('\n')}`;
    this.stack = this.message;
  }
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { systemData, type SystemData } from '../data/load.ts';
import { HandbookError } from '../lib/problems.ts';
import { handbookPages } from '../model/handbook.ts';
import { formatFinding, integrityFindings } from './check.ts';
import { diagramFindings } from './diagrams.ts';

export interface IntegrityOptions {
  /** The system data, when the caller has loaded it already. */
  system?: SystemData | undefined;
  /** The build's diagram cache: diagrams are drawn here first, and the Markdown step finds them there. */
  mermaidCacheDir?: string | undefined;
}

/**
 * Fails `astro dev` and `astro build` on any error of the source-stage rules (the same rules
 * `npm run validate` and `npm run check` run), listing every one with file, line, field and fix,
 * before a page is rendered: Mermaid diagrams included, so no error arrives later with a stack trace.
 */
export function integrityIntegration({ system, mermaidCacheDir }: IntegrityOptions = {}): AstroIntegration {
  return {
    name: 'handbook-integrity',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const docsDir = path.join(fileURLToPath(config.srcDir), 'content/docs');
        const data = system ?? systemData();
        const pages = handbookPages(docsDir, data);
        const diagrams = mermaidCacheDir ? await diagramFindings(pages, mermaidCacheDir) : [];
        const errors = [...integrityFindings(pages, data), ...diagrams].filter(
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

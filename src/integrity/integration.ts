import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSystemData } from '../data/load.ts';
import { HandbookError } from '../lib/problems.ts';
import { integrityProblems } from './check.ts';
import { handbookPages } from '../model/handbook.ts';

/** Fails `astro dev` and `astro build` when pages and system data disagree, naming file, line and field. */
export function integrityIntegration(): AstroIntegration {
  return {
    name: 'handbook-integrity',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const docsDir = path.join(fileURLToPath(config.srcDir), 'content/docs');
        const system = loadSystemData();
        const problems = integrityProblems(handbookPages(docsDir, system), system);
        if (problems.length > 0)
          throw new HandbookError('The handbook pages and system data disagree:', problems);
      },
    },
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { scanForSecrets } from '../secrets/scan.ts';

/**
 * `secret`: a credential anywhere in a page (frontmatter, prose, code or any fence) or in the system
 * data the pages show (`src/data/*.yaml`), which the build publishes as surely as the pages.
 */
export const secret: Rule = ({ pages, options }) =>
  [...pages.map((page) => ({ file: page.file, text: page.text })), ...dataFiles(options)].flatMap(
    ({ file, text }) =>
      scanForSecrets(text).map((match) =>
        finding('secret', { file, line: match.line }, `${match.description} (${match.id})`, match.redacted),
      ),
  );

function dataFiles({ dataDir, root }: { dataDir: string; root: string }) {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dataDir, name))
    .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));
}

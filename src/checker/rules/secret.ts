import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { scanForSecrets } from '../secrets/scan.ts';

/** `secret`: a credential anywhere in a page: frontmatter, prose, code or any fence. */
export const secret: Rule = ({ pages }) =>
  pages.flatMap((page) =>
    scanForSecrets(page.text).map((match) =>
      finding(
        'secret',
        { file: page.file, line: match.line },
        `${match.description} (${match.id})`,
        match.redacted,
      ),
    ),
  );

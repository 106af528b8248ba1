import { finding } from '../../checker/findings.ts';
import { pagesSharingAnAddress } from '../../model/index.ts';
import type { SourceRule } from '../context.ts';

/** `page-duplicate`: files that one address would publish, such as `x.md` beside `x.mdx`; one finding per file, naming the others. */
export const pageDuplicate: SourceRule = ({ pages, handbook }) =>
  handbook
    ? pagesSharingAnAddress(pages).flatMap((group) =>
        group.map((page) => {
          const others = group.filter((other) => other !== page).map((other) => other.file);
          return finding(
            'page-duplicate',
            { file: page.file, line: 1 },
            `${page.file} and ${others.join(', ')} are both the page ${page.url}: one replaces the other`,
            page.url,
          );
        }),
      )
    : [];

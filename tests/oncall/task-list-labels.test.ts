import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../helpers/markdown.ts';

const labels = async (markdown: string) =>
  selectAll('input', await renderMarkdown(markdown)).map((input) => input.properties['ariaLabel']);

describe('the task-list-labels plugin in the build’s Markdown processor', () => {
  test('names each checkbox after its own line, in tight and loose lists', async () => {
    expect(await labels('- [ ] Backup `taken`\n  - [ ] Checksum checked\n')).toEqual([
      'Backup taken',
      'Checksum checked',
    ]);
    expect(await labels('- [ ] **Tests** pass\n\n  ```\n  npm test\n  ```\n\n- [x] Done\n')).toEqual([
      'Tests pass',
      'Done',
    ]);
  });

  test('leaves other inputs alone', async () => {
    expect(await labels('<p><input type="text"> Name</p>\n')).toEqual([undefined]);
  });
});

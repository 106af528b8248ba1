import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { rehypeTaskListLabels } from '../../src/plugins/rehype-task-list-labels.ts';

const labels = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeTaskListLabels()()(tree);
  return selectAll('input', tree).map((input) => input.properties['ariaLabel']);
};

describe('rehypeTaskListLabels', () => {
  test('names each checkbox after its own line, in tight and loose lists', () => {
    expect(
      labels(
        '<ul><li class="task-list-item"><input type="checkbox" disabled> Backup <code>taken</code>' +
          '<ul><li class="task-list-item"><input type="checkbox" disabled> Checksum checked</li></ul></li>' +
          '<li class="task-list-item"><p><input type="checkbox" disabled> <strong>Tests</strong> pass</p>' +
          '<pre><code>npm test</code></pre></li></ul>',
      ),
    ).toEqual(['Backup taken', 'Checksum checked', 'Tests pass']);
  });

  test('leaves other inputs alone', () => {
    expect(labels('<p><input type="text"> Name</p>')).toEqual([undefined]);
  });
});

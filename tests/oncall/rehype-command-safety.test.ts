import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { rehypeCommandSafety } from '../../src/plugins/rehype-command-safety.ts';

async function transform(html: string): Promise<Root> {
  const tree = fromHtml(html, { fragment: true });
  await rehypeCommandSafety()()(tree);
  return tree;
}

const block = (lang: string, code: string) => `<pre><code class="language-${lang}">${code}\n</code></pre>`;

describe('rehypeCommandSafety', () => {
  test('wraps each shell block with its safety class and a badge', async () => {
    const tree = await transform(
      [
        block('bash', 'docker compose ps'),
        block('sh', 'docker compose restart app'),
        block('bash', 'docker compose down -v'),
      ].join(''),
    );
    const wrappers = selectAll('div.command-block', tree);
    expect(wrappers.map((wrapper) => wrapper.properties['dataSafety'])).toEqual([
      'read-only',
      'changes-state',
      'destructive',
    ]);
    expect(wrappers.map((wrapper) => toString(selectAll('.command-safety', wrapper)[0]!))).toEqual([
      'Read-only',
      'Changes state',
      expect.stringMatching(/^Destructive: \S/),
    ]);
    expect(selectAll('div.command-block > pre', tree)).toHaveLength(3);
  });

  test('gives a console block the text to copy: its commands, without prompts or output', async () => {
    const tree = await transform(
      block('console', '$ docker compose ps\nNAME  STATUS\n# systemctl status docker\nactive'),
    );
    const [wrapper] = selectAll('div.command-block', tree) as Element[];
    expect(wrapper!.properties['dataCopy']).toBe('docker compose ps\nsystemctl status docker');
  });

  test('classifies a console block by its commands only', async () => {
    const tree = await transform(block('console', '$ cat notes.txt\nrm -rf /'));
    expect(selectAll('div.command-block', tree)[0]!.properties['dataSafety']).toBe('read-only');
  });

  test('leaves other code blocks alone', async () => {
    const tree = await transform(block('sql', 'DROP TABLE tenants;') + block('yaml', 'a: 1'));
    expect(selectAll('div.command-block', tree)).toHaveLength(0);
  });
});

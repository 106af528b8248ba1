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

  test('gives every shell block the text to copy, from the shell-block model', async () => {
    const tree = await transform(
      [
        block('bash', '$ uptime\n 10:00 up 3 days'),
        block('sh', '# back up first\npg_dump -Fc shop &gt; shop.dump'),
      ].join(''),
    );
    expect(selectAll('div.command-block', tree).map((wrapper) => wrapper.properties['dataCopy'])).toEqual([
      'uptime',
      '# back up first\npg_dump -Fc shop > shop.dump',
    ]);
  });

  test('reads a diff fence with lang="sh" as shell: removed lines are not copied', async () => {
    const tree = fromHtml(block('diff', '-docker compose up -d app\n+docker compose up -d --wait app'), {
      fragment: true,
    });
    (selectAll('code', tree)[0] as Element).data = { meta: 'lang="sh"' } as unknown as Element['data'];
    await rehypeCommandSafety()()(tree);
    expect(selectAll('div.command-block', tree)[0]!.properties['dataCopy']).toBe(
      'docker compose up -d --wait app',
    );
  });

  test('shows an invisible character in the block as it copies it', async () => {
    const tree = await transform(block('bash', 'echo one\u007fecho two'));
    const [wrapper] = selectAll('div.command-block', tree) as Element[];
    expect(wrapper!.properties['dataCopy']).toBe('echo one[U+007F]echo two');
    expect(toString(selectAll('code', wrapper)[0]!)).toBe('echo one[U+007F]echo two\n');
  });

  test('leaves other code blocks alone', async () => {
    const tree = await transform(block('sql', 'DROP TABLE tenants;') + block('yaml', 'a: 1'));
    expect(selectAll('div.command-block', tree)).toHaveLength(0);
  });
});

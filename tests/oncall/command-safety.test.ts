import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { fence, renderMarkdown } from '../helpers/markdown.ts';

const wrappers = async (markdown: string) =>
  selectAll('div.command-block', await renderMarkdown(markdown)) as Element[];

describe('the command-safety plugin in the build’s Markdown processor', () => {
  test('wraps each shell block with its safety class and a badge', async () => {
    const found = await wrappers(
      [
        fence('bash', 'docker compose ps'),
        fence('sh', 'docker compose restart app'),
        fence('bash', 'docker compose down -v'),
      ].join('\n'),
    );
    expect(found.map((wrapper) => wrapper.properties['dataSafety'])).toEqual([
      'read-only',
      'changes-state',
      'destructive',
    ]);
    expect(found.map((wrapper) => toString(selectAll('.command-safety', wrapper)[0]!))).toEqual([
      'Read-only',
      'Changes state',
      expect.stringMatching(/^Destructive: \S/),
    ]);
    // The badge first, then the block that Expressive Code renders.
    expect(found.map((wrapper) => (wrapper.children as Element[]).map((child) => child.tagName))).toEqual([
      ['span', 'pre'],
      ['span', 'pre'],
      ['span', 'pre'],
    ]);
  });

  test('gives a console block the text to copy: its commands, without prompts or output', async () => {
    const [wrapper] = await wrappers(
      fence('console', '$ docker compose ps\nNAME  STATUS\n# systemctl status docker\nactive'),
    );
    expect(wrapper!.properties['dataCopy']).toBe('docker compose ps\nsystemctl status docker');
  });

  test('classifies a console block by its commands only', async () => {
    const [wrapper] = await wrappers(fence('console', '$ cat notes.txt\nrm -rf /'));
    expect(wrapper!.properties['dataSafety']).toBe('read-only');
  });

  test('gives every shell block the text to copy, from the shell-block model', async () => {
    const found = await wrappers(
      [
        fence('bash', '$ uptime\n 10:00 up 3 days'),
        fence('sh', '# back up first\npg_dump -Fc shop > shop.dump'),
      ].join('\n'),
    );
    expect(found.map((wrapper) => wrapper.properties['dataCopy'])).toEqual([
      'uptime',
      '# back up first\npg_dump -Fc shop > shop.dump',
    ]);
  });

  test('reads a diff fence with lang="sh" as shell: removed lines are not copied', async () => {
    const [wrapper] = await wrappers(
      fence('diff', '-docker compose up -d app\n+docker compose up -d --wait app', 'lang="sh"'),
    );
    expect(wrapper!.properties['dataCopy']).toBe('docker compose up -d --wait app');
  });

  test('shows an invisible character in the block as it copies it', async () => {
    const [wrapper] = await wrappers(fence('bash', 'echo one\u007fecho two'));
    expect(wrapper!.properties['dataCopy']).toBe('echo one[U+007F]echo two');
    expect(toString(selectAll('code', wrapper!)[0]!)).toBe('echo one[U+007F]echo two\n');
  });

  test('leaves other code blocks alone', async () => {
    expect(await wrappers(fence('sql', 'DROP TABLE tenants;') + '\n' + fence('yaml', 'a: 1'))).toHaveLength(
      0,
    );
  });
});

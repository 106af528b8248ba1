import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rewriteLinks } from '../../src/adoption/rewrite-links.ts';

const pages: Record<string, string> = {
  'disk-full.md': '/runbooks/team/disk-full/',
  'ops/restart.md': '/runbooks/team/ops/restart/',
};
const rewrite = (text: string) =>
  rewriteLinks(
    text,
    unified().use(remarkParse).parse(text),
    (linkPath) => pages[linkPath.replace(/^\.\//, '')],
  );

describe('rewriteLinks', () => {
  test('a relative Markdown link gets the new address and keeps its anchor', () => {
    expect(rewrite('Read [the steps](./disk-full.md#steps) first.\n').text).toBe(
      'Read [the steps](/runbooks/team/disk-full/#steps) first.\n',
    );
  });

  test("Hugo's ref and relref shortcodes become the page's new address, a real link", () => {
    const source = [
      'See [Disk full]({{< ref "./disk-full.md" >}}) and [restart]({{< relref "ops/restart.md#verify" >}}).',
      '',
      'Also {{% ref "disk-full.md" %}} on its own.',
      '',
    ].join('\n');
    const { text, notes } = rewrite(source);
    expect(text).toBe(
      [
        'See [Disk full](/runbooks/team/disk-full/) and [restart](/runbooks/team/ops/restart/#verify).',
        '',
        'Also /runbooks/team/disk-full/ on its own.',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual([]);
    const links: string[] = [];
    const tree = unified().use(remarkParse).parse(text);
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url!);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree);
    expect(links).toEqual(['/runbooks/team/disk-full/', '/runbooks/team/ops/restart/#verify']);
  });

  test('a shortcode that names no page, or a site-wide path, is left as written with a note', () => {
    const source = 'See [gone]({{< ref "./gone.md" >}}) and [root]({{< ref "/disk-full.md" >}}).\n';
    const { text, notes } = rewrite(source);
    expect(text).toBe(source);
    expect(notes.map((note) => note.message)).toEqual([
      'Hugo link "{{< ref "./gone.md" >}}" does not resolve in the source; left as written',
      'Hugo link "{{< ref "/disk-full.md" >}}" does not resolve in the source; left as written',
    ]);
  });

  test('a shortcode in a code block is not touched', () => {
    const source = '```text\n{{< ref "./disk-full.md" >}}\n```\n';
    expect(rewrite(source).text).toBe(source);
  });
});

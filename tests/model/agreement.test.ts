import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, userEnvironment } from '../helpers/astro-build.ts';

// `npm run validate` and the build must refuse the same pages, naming the same file and line.
// Each case writes files into a fresh copy of the tiny fixture site, then runs both for real.

const fixture = path.resolve('tests/fixtures/tiny-site');
const validateScript = path.resolve('scripts/validate-content.ts');
const scratch: string[] = [];
// One diagram cache for every run: validate and the build render a diagram once between them.
const mermaidCache = mkdtempSync(path.join(path.dirname(fixture), '.tmp-agree-mermaid-'));
scratch.push(mermaidCache);
const env = { MERMAID_CACHE_DIR: mermaidCache };
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const page = (frontmatter: string, body = '') =>
  `---\ntitle: Probe\ndescription: A page written to break one rule.\nowner: platform\n${frontmatter}---\n\n${body}`;

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** `file:line` both must name; undefined when both must accept the page. */
  at: string | undefined;
}

const docs = 'src/content/docs';
const cases: Case[] = [
  {
    name: 'non-UTF-8 bytes',
    files: { [`${docs}/latin1.mdx`]: Buffer.from(page('', 'Cafe ok.\n\nCaf\xe9 au lait.\n'), 'latin1') },
    at: `${docs}/latin1.mdx:9`,
  },
  {
    name: 'MDX that does not parse',
    files: { [`${docs}/broken.mdx`]: page('', 'Fine.\n\n<Aside type="caution">\nNever closed.\n') },
    at: `${docs}/broken.mdx:9`,
  },
  {
    name: 'frontmatter that is not YAML',
    files: { [`${docs}/yaml.mdx`]: page('services: [fixture-app\n', 'Text.\n') },
    at: `${docs}/yaml.mdx:6`,
  },
  {
    name: 'an unknown owner',
    files: { [`${docs}/owner.mdx`]: page('').replace('owner: platform', 'owner: nobody') },
    at: `${docs}/owner.mdx:4`,
  },
  {
    name: 'a related page that does not exist',
    files: { [`${docs}/related.mdx`]: page('related:\n  - index\n  - runbooks/nowhere\n') },
    at: `${docs}/related.mdx:7`,
  },
  {
    name: 'a runbook without its fields',
    files: { [`${docs}/runbooks/bare.mdx`]: page('kind: runbook\nalerts: []\n', sections()) },
    at: `${docs}/runbooks/bare.mdx:2`,
  },
  {
    name: 'a runbook without a required section',
    files: {
      [`${docs}/runbooks/short.mdx`]: page(
        "kind: runbook\nwhen: Never.\nestimatedMinutes: 1\nrollback: 'none: nothing'\n",
        '## When to use\n\nNever.\n',
      ),
    },
    at: `${docs}/runbooks/short.mdx:5`,
  },
  {
    name: 'x.md beside x.mdx',
    files: { [`${docs}/twin.md`]: page('', 'One.\n'), [`${docs}/twin.mdx`]: page('', 'Two.\n') },
    at: `${docs}/twin.md:1`,
  },
  {
    name: "text left from npm run new's template",
    files: { [`${docs}/draft.mdx`]: page('', '## Notes\n\nWrite this section.\n') },
    at: `${docs}/draft.mdx:9`,
  },
  {
    name: 'a component naming a service the data lacks',
    files: {
      [`${docs}/service.mdx`]: page(
        '',
        'import { ServiceUrl } from \'~/components\';\n\nSee <ServiceUrl service="billing" />.\n',
      ),
    },
    at: `${docs}/service.mdx:9`,
  },
  {
    name: 'a component naming a contact role the data lacks',
    files: {
      [`${docs}/contact.mdx`]: page(
        '',
        'import { Contact } from \'~/components\';\n\n<Contact role="nobody" />\n',
      ),
    },
    at: `${docs}/contact.mdx:9`,
  },
  {
    name: 'a value cut short by a YAML comment',
    files: { [`${docs}/comment.mdx`]: page('symptoms: [Alerts in #fixture stop]\n') },
    at: `${docs}/comment.mdx:5`,
  },
  {
    name: 'a page in an _-prefixed folder (published, so checked)',
    files: { [`${docs}/_notes/owner.mdx`]: page('').replace('owner: platform', 'owner: nobody') },
    at: `${docs}/_notes/owner.mdx:4`,
  },
  {
    name: 'a Mermaid diagram that does not parse',
    files: {
      [`${docs}/diagram.mdx`]: page('', 'Flow:\n\n```mermaid\nflowchart LR\n  A -->|unclosed B\n```\n'),
    },
    at: `${docs}/diagram.mdx:9`,
  },
  {
    name: 'raw HTML and braces in a .md page (valid CommonMark: both accept)',
    files: {
      [`${docs}/html.md`]: page(
        '',
        '<details><summary>More</summary>\n\nA value like {tenant} is text here.<br>\n\n</details>\n',
      ),
    },
    at: undefined,
  },
];

function sections(): string {
  return ['When to use', 'Prerequisites', 'Steps', 'Verify', 'Rollback', 'Escalation']
    .map((heading) => `## ${heading}\n\nDone.\n`)
    .join('\n');
}

/** A fresh copy of the tiny site beside it (so its relative imports resolve), with `files` written. */
function siteWith(files: Case['files']): string {
  const root = mkdtempSync(path.join(path.dirname(fixture), '.tmp-agree-'));
  scratch.push(root);
  cpSync(fixture, root, { recursive: true, filter: (source) => !/[\\/](dist|\.astro)$/.test(source) });
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
  return root;
}

function validate(root: string) {
  const result = spawnSync(process.execPath, [validateScript], {
    cwd: root,
    env: userEnvironment(env),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('validate and the build refuse the same pages at the same file and line', () => {
  test.each(cases)('$name', { timeout: 600_000 }, ({ files, at }) => {
    const root = siteWith(files);
    const validated = validate(root);
    const built = astroBuild(root, path.join(root, 'dist'), {
      MERMAID_CACHE_DIR: path.join(root, '.mermaid'),
    });
    if (at === undefined) {
      expect(validated.status, validated.output).toBe(0);
      expect(built.status, built.output).toBe(0);
      return;
    }
    expect(validated.status, validated.output).toBe(1);
    expect(validated.output).toContain(`${at} `);
    expect(built.status, built.output).not.toBe(0);
    expect(built.output).toContain(at);
    expect(built.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });
});

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadSystemData } from '../../src/data/load.ts';
import { missingSections } from '../../src/integrity/sections.ts';
import { parseYamlSource } from '../../src/lib/yaml-source.ts';
import { pageKinds } from '../../src/schemas/kinds.ts';
import { pageSchema } from '../../src/schemas/page.ts';

const script = path.resolve('scripts/new-page.ts');
const schema = pageSchema(loadSystemData('src/data'));
let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'handbook-new-'));
});

const runNew = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

describe('npm run new', () => {
  test.each(pageKinds)('writes a valid %s page with the sections its kind needs', (kind) => {
    const result = runNew(kind, 'Rotate the signing key');
    expect(result.status, result.stderr).toBe(0);
    const file = result.stdout.match(/Wrote (\S+)\./)?.[1];
    const text = readFileSync(path.join(cwd, file!), 'utf8');
    const [, yaml = '', body = ''] = text.split(/^---$/m);
    const frontmatter = schema.parse(parseYamlSource(yaml, file!).value);
    expect(frontmatter.kind).toBe(kind);
    expect(missingSections(fromMarkdown(body), kind)).toEqual([]);
  });

  test('puts runbooks under runbooks/ with a slug from the title', () => {
    runNew('runbook', 'Rotate the signing key');
    expect(existsSync(path.join(cwd, 'src/content/docs/runbooks/rotate-the-signing-key.mdx'))).toBe(true);
  });

  test('honours --dir', () => {
    runNew('checklist', 'Release sign-off', '--dir', 'deployment');
    expect(existsSync(path.join(cwd, 'src/content/docs/deployment/release-sign-off.mdx'))).toBe(true);
  });

  test('refuses to overwrite an existing page and leaves it untouched', () => {
    runNew('runbook', 'Scaling');
    const file = path.join(cwd, 'src/content/docs/runbooks/scaling.mdx');
    writeFileSync(file, 'hand-written');
    const result = runNew('runbook', 'Scaling');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'src/content/docs/runbooks/scaling.mdx already exists; not overwriting it.',
    );
    expect(readFileSync(file, 'utf8')).toBe('hand-written');
  });

  test.each(['../../x', '../runbooks', '/tmp/outside'])(
    'refuses --dir %s, which leads outside the docs',
    (dir) => {
      const result = runNew('guide', 'Escape', '--dir', dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`--dir "${dir}" points outside src/content/docs`);
      expect(readdirSync(cwd)).toEqual([]);
    },
  );

  test('refuses a --dir that is a symbolic link to a folder outside the docs', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'handbook-outside-'));
    mkdirSync(path.join(cwd, 'src/content/docs'), { recursive: true });
    symlinkSync(outside, path.join(cwd, 'src/content/docs/linked'));
    const result = runNew('guide', 'Escape', '--dir', 'linked/deeper');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--dir "linked/deeper" points outside src/content/docs');
    expect(readdirSync(outside)).toEqual([]);
  });

  test('shortens the file name of a 300-character title at a word boundary', () => {
    const title = Array(20).fill('Restore replica').join(' ').padEnd(300, 'x');
    const result = runNew('runbook', title);
    expect(result.status, result.stderr).toBe(0);
    const [name = ''] = readdirSync(path.join(cwd, 'src/content/docs/runbooks'));
    expect(name).toMatch(/^restore-replica-restore-replica(-restore|-replica)*\.mdx$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(84);
    const [, yaml = ''] = readFileSync(path.join(cwd, 'src/content/docs/runbooks', name), 'utf8').split(
      /^---$/m,
    );
    expect(parseYamlSource(yaml, name).value).toMatchObject({ title });
  });

  test('shortens a long title in a multi-byte script without splitting a character', () => {
    const result = runNew('guide', 'é'.repeat(300));
    expect(result.status, result.stderr).toBe(0);
    const [name = ''] = readdirSync(path.join(cwd, 'src/content/docs'));
    expect(name).toBe(`${'é'.repeat(40)}.mdx`);
  });

  test.each([
    ['another extension', 'runbooks/scaling.md'],
    ['another case', 'runbooks/Scaling.mdx'],
    ['a folder index', 'runbooks/scaling/index.mdx'],
  ])('refuses an address that a file with %s already has', (_, existing) => {
    const file = path.join(cwd, 'src/content/docs', existing);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '---\ntitle: Scaling\n---\n');
    const result = runNew('runbook', 'Scaling');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `src/content/docs/${existing} already has the address of src/content/docs/runbooks/scaling.mdx`,
    );
    expect(existsSync(path.join(cwd, 'src/content/docs/runbooks/scaling.mdx'))).toBe(false);
  });

  test('refuses an address that another page claims with a slug in its frontmatter', () => {
    const file = path.join(cwd, 'src/content/docs/reference/capacity.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '---\ntitle: Capacity\nslug: runbooks/scaling\n---\n');
    const result = runNew('runbook', 'Scaling');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('src/content/docs/reference/capacity.mdx already has the address');
  });

  test('explains an unknown kind', () => {
    const result = runNew('tutorial', 'Something');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "Unknown kind "tutorial".
      Usage: npm run new -- <kind> "<Title>" [--dir <folder under src/content/docs>]
      Kinds: guide, runbook, troubleshooting, incident, reference, card, checklist
      "
    `);
  });

  test('explains a missing title', () => {
    const result = runNew('runbook');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Expected a kind and a quoted title.');
  });
});

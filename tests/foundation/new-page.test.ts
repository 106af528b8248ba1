import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Code, Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { corpusAlerts, generateCorpus, writeCorpus } from '../../bench/corpus.ts';
import { loadSystemData } from '../../src/data/load.ts';
import { integrityProblems } from '../../src/integrity/check.ts';
import { readSourcePages } from '../../src/integrity/pages.ts';
import { missingSections } from '../../src/integrity/sections.ts';

const parse = (text: string): Root =>
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(text);

const nodes = <T>(tree: Root, type: string): T[] => {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
};

const corpus = generateCorpus(100);
const trees = new Map(corpus.map((page) => [page.id, parse(page.text)]));
const treeOf = (page: (typeof corpus)[number]) => trees.get(page.id)!;
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generateCorpus', () => {
  test('writes the number of pages asked for, 60 % runbooks and 40 % troubleshooting, with unique ids', () => {
    expect(corpus).toHaveLength(100);
    expect(corpus.filter((page) => page.kind === 'runbook')).toHaveLength(60);
    expect(corpus.filter((page) => page.kind === 'troubleshooting')).toHaveLength(40);
    expect(new Set(corpus.map((page) => page.id)).size).toBe(100);
  });

  test('writes the same pages every time, and page k is the same at every N', () => {
    expect(generateCorpus(100)).toEqual(corpus);
    const larger = generateCorpus(500);
    expect(larger.slice(0, 20).map((page) => page.id)).toEqual(corpus.slice(0, 20).map((page) => page.id));
  });

  test('gives every page the sections its kind requires', () => {
    for (const page of corpus) expect(missingSections(treeOf(page), page.kind), page.id).toEqual([]);
  });

  test('puts a Mermaid diagram on every 20th page and shell commands on every page', () => {
    const diagrams = corpus.filter((page) =>
      nodes<Code>(treeOf(page), 'code').some((code) => code.lang === 'mermaid'),
    );
    expect(diagrams.map((page) => corpus.indexOf(page))).toEqual([0, 20, 40, 60, 80]);
    for (const page of corpus)
      expect(nodes<Code>(treeOf(page), 'code').filter((code) => code.lang === 'bash').length).toBeGreaterThan(
        1,
      );
  });

  test('links only to pages of the corpus and to headings of the page itself', () => {
    const paths = new Set(corpus.map((page) => `/${page.id}/`));
    for (const page of corpus) {
      const tree = treeOf(page);
      const slugs = new Set(
        nodes<Heading>(tree, 'heading').map((heading) =>
          toString(heading)
            .toLowerCase()
            .replace(/[^a-z0-9 -]/g, '')
            .replaceAll(' ', '-'),
        ),
      );
      for (const { url } of nodes<Link>(tree, 'link')) {
        if (url.startsWith('/')) expect(paths, `${page.id} → ${url}`).toContain(url);
        else if (url.startsWith('#')) expect(slugs, `${page.id} → ${url}`).toContain(url.slice(1));
        else expect(url).toMatch(/^https:\/\/grafana\.corp\.internal\//);
      }
    }
  });
});

describe('writeCorpus', () => {
  test('writes pages whose frontmatter and cross-references pass the handbook integrity check', () => {
    const docs = path.join(scratch, 'docs');
    const pages = writeCorpus(docs, 100);
    const system = { ...loadSystemData(), alerts: corpusAlerts(pages) };
    expect(integrityProblems(readSourcePages(docs), system)).toEqual([]);
  });
});

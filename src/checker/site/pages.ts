import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import type { SystemData } from '../../data/load.ts';
import { parseYamlSource, type YamlSource } from '../../lib/yaml-source.ts';
import { pageKinds, type PageKind } from '../../schemas/kinds.ts';
import { pageSchema, type PageFrontmatter } from '../../schemas/page.ts';
import { pageIdOf, sourceFiles } from '../../integrity/source-files.ts';
import { ConfigError } from '../errors.ts';
import { parseMdx } from './mdx.ts';

/** A page of the handbook as the checker sees it: source, Markdown tree and frontmatter. */
export interface CheckPage {
  /** Page id such as `runbooks/scaling`. */
  id: string;
  /** Site path without the base path: `/runbooks/scaling/`, `/` for the home page. */
  url: string;
  /** Path relative to the project root. */
  file: string;
  text: string;
  tree: Root;
  frontmatter: YamlSource;
  /** Frontmatter after validation; undefined when invalid (`npm run validate` reports why). */
  data: PageFrontmatter | undefined;
  kind: PageKind;
}

export const pageUrl = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/** Every published page under `docsDir`; drafts are left out, as the production build leaves them out. */
export function readCheckPages(docsDir: string, root: string, system: SystemData): CheckPage[] {
  const schema = pageSchema(system).loose();
  return sourceFiles(docsDir).flatMap((absolute) => {
    const file = path.relative(root, absolute).split(path.sep).join('/');
    const text = readFileSync(absolute, 'utf8');
    const tree = parseOrThrow(text, file);
    const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
    // The YAML starts on the line after the opening `---`.
    const frontmatter = parseYamlSource(yaml?.value ?? '', file, (yaml?.position?.start.line ?? 0) + 1);
    const value = (frontmatter.value ?? {}) as { draft?: unknown; kind?: PageKind };
    if (value.draft === true) return [];
    const parsed = schema.safeParse(value);
    const data = parsed.success ? parsed.data : undefined;
    const kind = data?.kind ?? (pageKinds.includes(value.kind!) ? value.kind! : 'guide');
    const id = pageIdOf(path.relative(docsDir, absolute));
    return [{ id, url: pageUrl(id), file, text, tree, frontmatter, data, kind }];
  });
}

function parseOrThrow(text: string, file: string): Root {
  try {
    return parseMdx(text);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    throw new ConfigError(`${file}:${line ?? 1}: the page is not valid MDX: ${reason ?? String(error)}`);
  }
}

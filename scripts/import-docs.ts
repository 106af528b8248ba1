// `npm run import -- DIR [--service ID] [--team ID] [--into SECTION] [--kind KIND]`: copies a folder
// of Markdown into the handbook as pages flagged "imported, review me". Exit 0: imported (files it
// could not convert are listed and skipped); 2: usage error.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import GithubSlugger from 'github-slugger';
import { importDocs } from '../src/adoption/import-docs.ts';
import { pageKinds, type PageKind } from '../src/schemas/kinds.ts';

const usage = `Usage: npm run import -- <folder> [--service <id>] [--team <id>] [--into <section>] [--kind <kind>]
  --into   folder under src/content/docs the pages go into (default: runbooks/<folder name>)
  --kind   ${pageKinds.join(', ')} (default: inferred per page)`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        service: { type: 'string' },
        team: { type: 'string' },
        into: { type: 'string' },
        kind: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  const [sourceDir, ...extra] = parsed.positionals;
  const { service, team, into, kind } = parsed.values;
  if (!sourceDir || extra.length > 0) return fail(`Expected one folder to import.\n${usage}`);
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory())
    return fail(`${sourceDir} is not a folder.`);
  if (kind && !pageKinds.includes(kind as PageKind)) return fail(`Unknown kind "${kind}".\n${usage}`);
  const section = (
    into ?? `runbooks/${new GithubSlugger().slug(path.basename(path.resolve(sourceDir)))}`
  ).replace(/^\/+|\/+$/g, '');
  if (section.split('/').some((part) => part === '..' || part.startsWith('_') || part === ''))
    return fail(`--into must be a folder under src/content/docs, such as runbooks or runbooks/kubernetes.`);
  if (service && !/^[a-z0-9][a-z0-9-]*$/.test(service))
    return fail(`--service must be lowercase letters, digits and dashes.`);
  let result;
  try {
    result = importDocs({
      sourceDir: path.resolve(sourceDir),
      root: process.cwd(),
      section,
      kind: kind as PageKind | undefined,
      service,
      team,
      today: new Date().toISOString().slice(0, 10),
    });
  } catch (error) {
    return fail(`npm run import: ${(error as Error).message}`);
  }
  console.log(result.lines.join('\n'));
  console.log(
    `\n${result.imported} page(s) imported, ${result.skipped} skipped. Each is marked "imported, review me":` +
      ` run npm run build, then npm run check -- --offline, and review each page.`,
  );
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = main(process.argv.slice(2));

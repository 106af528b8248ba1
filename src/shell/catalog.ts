import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The names in `programs.yaml`: well-known programs a runbook may call, kept as data. */
function readCatalog(): ReadonlySet<string> {
  const groups = parse(readFileSync(new URL('./programs.yaml', import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
  return new Set(Object.values(groups).flatMap((names) => names.trim().split(/\s+/)));
}

export const programCatalog = readCatalog();

/** Whether the name is a builtin or a well-known program. */
export const isCatalogProgram = (name: string) => programCatalog.has(name);

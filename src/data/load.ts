import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { HandbookError, type Problem } from '../lib/problems.ts';
import { parseYamlSource, type YamlSource } from '../lib/yaml-source.ts';
import { defaultDataDir } from './locate.ts';
import {
  alertSchema,
  envVarSchema,
  serviceSchema,
  teamSchema,
  toolSchema,
  type Alert,
  type EnvVar,
  type Service,
  type Team,
  type Tool,
} from './schema.ts';

/** Every fact the pages show, each written once in `src/data/*.yaml`. */
export interface SystemData {
  teams: Team[];
  services: Service[];
  environment: EnvVar[];
  tools: Tool[];
  alerts: Alert[];
}

type Sources = Record<keyof SystemData, YamlSource & { file: string }>;

const dataKeys = ['teams', 'services', 'environment', 'tools', 'alerts'] as const;

// One store for the whole process, on globalThis: Astro loads the configuration and, through Vite,
// the components and content schema as separate copies of this module, which must share the data.
const loaded: Map<string, SystemData> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('handbook.system-data')
] ??= new Map<string, SystemData>()) as Map<string, SystemData>;

/**
 * The system data of `dir`, read and validated once per process and then shared: the build's
 * configuration passes it to the integrity step and the Markdown plugins, and components read the
 * same object. Read again only when a file changed (`astro dev` keeps running while authors edit).
 */
export function systemData(dir = defaultDataDir()): SystemData {
  const stamp = dataKeys
    .map((key) => {
      try {
        return statSync(path.join(dir, `${key}.yaml`)).mtimeMs;
      } catch {
        return 'missing';
      }
    })
    .join(',');
  const key = `${path.resolve(dir)}\0${stamp}`;
  let data = loaded.get(key);
  if (!data) {
    data = loadSystemData(dir);
    loaded.set(key, data);
  }
  return data;
}

/** Reads and validates the system data; throws one error listing every problem with file and line. See {@link systemData}. */
export function loadSystemData(dir = defaultDataDir()): SystemData {
  const problems: Problem[] = [];
  const sources = {} as Sources;
  const read = <T>(key: keyof SystemData, schema: z.ZodType<T>): T[] => {
    const file = path.relative(process.cwd(), path.join(dir, `${key}.yaml`));
    const source = parseYamlSource(readFileSync(file, 'utf8'), file);
    sources[key] = { ...source, file };
    problems.push(...source.syntaxProblems);
    const result = z.array(schema).safeParse(source.value);
    if (result.success) return result.data;
    problems.push(...source.problemsAt(result.error.issues));
    return [];
  };
  const data: SystemData = {
    teams: read('teams', teamSchema),
    services: read('services', serviceSchema),
    environment: read('environment', envVarSchema),
    tools: read('tools', toolSchema),
    alerts: read('alerts', alertSchema),
  };
  if (problems.length === 0) problems.push(...crossReferenceProblems(data, sources));
  if (problems.length > 0) throw new HandbookError('Invalid system data:', problems);
  return data;
}

/** Ids that other records name must exist, and ids must be unique. */
function crossReferenceProblems(data: SystemData, sources: Sources): Problem[] {
  const problems: Problem[] = [];
  const report = (key: keyof SystemData, index: number, field: string, message: string) => {
    const { file, lineOf } = sources[key];
    problems.push({ file, line: lineOf([index, field]), field: `${index}.${field}`, message });
  };
  const teamIds = new Set(data.teams.map((team) => team.id));
  const serviceIds = new Set(data.services.map((service) => service.id));
  data.services.forEach((service, index) => {
    if (!teamIds.has(service.owner)) report('services', index, 'owner', `unknown team "${service.owner}"`);
  });
  data.environment.forEach((envVar, index) => {
    if (!serviceIds.has(envVar.service))
      report('environment', index, 'service', `unknown service "${envVar.service}"`);
  });
  for (const key of Object.keys(data) as (keyof SystemData)[]) {
    const seen = new Set<string>();
    data[key].forEach((record, index) => {
      const recordId = 'id' in record ? record.id : record.name;
      const field = 'id' in record ? 'id' : 'name';
      if (seen.has(recordId)) report(key, index, field, `duplicate "${recordId}"`);
      seen.add(recordId);
    });
  }
  return problems;
}

export { defaultDataDir, locateDataField } from './locate.ts';

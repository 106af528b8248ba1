import type { SystemData } from '../data/load.ts';
import type { Tool } from '../data/schema.ts';
import type { CheckOptions } from './config.ts';
import { ConfigError } from './errors.ts';

const noData: SystemData = { teams: [], services: [], environment: [], tools: [], alerts: [] };

/**
 * The system data the rules read: the handbook's own (`src/data`), or none for another team's
 * folder. Programs the config file declares are added as read-only tools: the config only adds.
 */
export async function loadCheckData(options: CheckOptions): Promise<SystemData> {
  const data = options.mode === 'handbook' ? await loadData(options.dataDir) : noData;
  const known = new Set(data.tools.map((tool) => tool.name));
  const declared = options.programs
    .filter((name) => !known.has(name))
    .map((name): Tool => ({
      name,
      purpose: 'declared in the config file',
      install: '',
      safety: 'read-only',
      changes: [],
      destructive: [],
    }));
  return declared.length > 0 ? { ...data, tools: [...data.tools, ...declared] } : data;
}

/** The handbook's data, imported only then: another team's folder needs neither it nor Astro's Zod. */
async function loadData(dataDir: string): Promise<SystemData> {
  const { loadSystemData } = await import('../data/load.ts');
  const { HandbookError } = await import('../lib/problems.ts');
  try {
    return loadSystemData(dataDir);
  } catch (error) {
    if (error instanceof HandbookError) throw new ConfigError(error.message);
    throw new ConfigError(`cannot read the system data in ${dataDir}: ${(error as Error).message}`);
  }
}

import { loadSystemData, type SystemData } from '../data/load.ts';
import type { Tool } from '../data/schema.ts';
import { HandbookError } from '../lib/problems.ts';
import type { CheckOptions } from './config.ts';
import { ConfigError } from './errors.ts';

const noData: SystemData = { teams: [], services: [], environment: [], tools: [], alerts: [] };

/**
 * The system data the rules read: the handbook's own (`src/data`), or none for another team's
 * folder. Programs the config file declares are added as read-only tools: the config only adds.
 */
export function loadCheckData(options: CheckOptions): SystemData {
  const data = options.mode === 'handbook' ? loadData(options.dataDir) : noData;
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

function loadData(dataDir: string): SystemData {
  try {
    return loadSystemData(dataDir);
  } catch (error) {
    if (error instanceof HandbookError) throw new ConfigError(error.message);
    throw new ConfigError(`cannot read the system data in ${dataDir}: ${(error as Error).message}`);
  }
}

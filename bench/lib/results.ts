import type { BuildFigure, BuildRatio, Growth, HtmlFigure } from '../sections/build.ts';
import type { ToolRun } from '../sections/checking.ts';
import type { ExternalSection } from '../sections/external.ts';
import type { FolderCheckSection } from '../sections/folder-check.ts';
import type { SearchRun } from '../sections/search.ts';
import type { WeightSection } from '../sections/weight.ts';
import type { BenchOptions } from './options.ts';
import type { PeerRun } from './peer-scripts.ts';

/** A section's figures, or why it could not produce them. */
export type Outcome<T> = T | { error: string };

export interface BuildFigures {
  samplePage: string;
  builds: BuildFigure[];
  html: HtmlFigure[];
  ratios: BuildRatio[];
  growth: Growth[];
}

export interface SearchFigures {
  browser: SearchRun[];
  quality: PeerRun;
}

export interface BenchResults {
  startedAt: string;
  seconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    astro: string;
    starlight: string;
  };
  options: BenchOptions;
  build?: Outcome<BuildFigures>;
  weight?: Outcome<WeightSection>;
  search?: Outcome<SearchFigures>;
  checking?: Outcome<ToolRun[]>;
  folderCheck?: Outcome<FolderCheckSection>;
  external?: Outcome<ExternalSection>;
  network?: Outcome<PeerRun>;
  targets: Target[];
}

export interface Target {
  name: string;
  target: string;
  value: string;
  /** Undefined when the figure was not measured in this run. */
  met: boolean | undefined;
}

export const failed = <T extends object>(outcome: Outcome<T> | undefined): outcome is { error: string } =>
  outcome !== undefined && 'error' in outcome;
export const ok = <T extends object>(outcome: Outcome<T> | undefined): T | undefined =>
  outcome === undefined || failed(outcome) ? undefined : outcome;

import type { AstroUserConfig } from 'astro';

type ViteBuild = NonNullable<NonNullable<AstroUserConfig['vite']>['build']>;
type OnLog = NonNullable<NonNullable<ViteBuild['rolldownOptions']>['onLog']>;

/**
 * Drops Rolldown's MODULE_LEVEL_DIRECTIVE warning for Astro's own `"use astro:head-inject"` marker,
 * which it prints once per MDX page (72 lines a build). Astro adds that directive to each content
 * module and reads it itself; the warning is an upstream false alarm (withastro/astro#18087, open).
 * Every other log, that code for any other directive included, goes through unchanged.
 */
export const withoutHeadInjectWarnings: OnLog = (level, log, defaultHandler) => {
  const headInject = log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
  if (!headInject) defaultHandler(level, log);
};

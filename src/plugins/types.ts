import type { satteri } from '@astrojs/markdown-satteri';

/** One entry of the Markdown processor's list of HTML-tree plugins (Astro's default processor, Sätteri). */
export type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

/** A plugin object: a name and a visitor per node type. */
export type HastPluginObject = Extract<HastPlugin, { name?: string }>;

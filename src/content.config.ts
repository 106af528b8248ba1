import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { system } from './data/index.ts';
import { pageSchema } from './schemas/page.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema(system) }) }),
};

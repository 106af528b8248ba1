import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { system } from './data/index.ts';
import { pageSchema } from './schemas/page.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema(system) }) }),
  // Starlight reads UI translations from this collection on every build; without it Astro warns that
  // it does not exist. `src/content/i18n/en.json` is empty: it overrides none of Starlight's strings,
  // and one entry keeps the loader from warning about an empty folder.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};

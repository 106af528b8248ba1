// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { siteLocation } from './src/config/site.ts';
import { starlightConfig } from './src/config/starlight.ts';
import { markdownProcessor } from './src/config/markdown.ts';
import { integrityIntegration } from './src/integrity/integration.ts';

export default defineConfig({
  ...siteLocation(),
  markdown: { processor: markdownProcessor('node_modules/.cache/handbook-mermaid') },
  integrations: [integrityIntegration(), starlight(starlightConfig), mdx()],
});

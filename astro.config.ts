import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Public address and base path, for citations and hosting under a sub-path.
  site: process.env.EDITION_SITE,
  base: process.env.EDITION_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [pagefindIndex()],
});

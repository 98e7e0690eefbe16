import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { keepOutput } from './src/integrations/keep-output.ts';
import { cacheDirFor, contentDirectory } from './src/lib/build-cache.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Public address and base path, for citations and hosting under a sub-path.
  site: process.env.EDITION_SITE,
  base: process.env.EDITION_BASE ?? '/',
  trailingSlash: 'always',
  // Each content folder keeps its own cache (data store, incremental-build manifest),
  // so building another edition does not throw away this one's.
  cacheDir: process.env.EDITION_CONTENT ? cacheDirFor(contentDirectory(fileURLToPath(new URL('.', import.meta.url)))) : undefined,
  // The search index is built after the site by scripts/index-search.ts (see package.json `build`).
  // Unchanged pages stay in the output folder between builds (see the integration).
  integrations: [keepOutput()],
  experimental: {
    // Rebuilds re-render only pages whose cache key changed (see src/lib/cache-keys.ts).
    incrementalBuild: true,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { keepOutput } from './src/integrations/keep-output.ts';
import { reviewPage } from './src/integrations/review-page.ts';
import { searchIndexNotice } from './src/integrations/search-index-notice.ts';
import { cacheDirFor, contentDirectory } from './src/build/astro-cache.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Public address and base path, for citations and hosting under a sub-path.
  site: process.env.EDITION_SITE,
  base: process.env.EDITION_BASE ?? '/',
  trailingSlash: 'always',
  // Each content folder keeps its own cache (data store, incremental-build manifest),
  // so building another edition does not throw away this one's.
  cacheDir: process.env.EDITION_CONTENT ? cacheDirFor(contentDirectory(fileURLToPath(new URL('.', import.meta.url)))) : undefined,
  // Unchanged pages stay in the output folder between builds (keep-output). The search index is
  // built after Astro has exited, by `npm run build` (scripts/build.ts); a bare `astro build` says so.
  // The editor's review page is served by `npm run dev` only (review-page.ts).
  integrations: [keepOutput(), searchIndexNotice(), reviewPage()],
  experimental: {
    // Rebuilds re-render only pages whose cache key changed (see src/build/astro-cache.ts).
    incrementalBuild: true,
  },
});

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Public address and base path, for citations and hosting under a sub-path.
  site: process.env.EDITION_SITE,
  base: process.env.EDITION_BASE ?? '/',
  trailingSlash: 'always',
  // Each content folder keeps its own cache (data store, incremental-build manifest),
  // so building another edition does not throw away this one's.
  cacheDir: process.env.EDITION_CONTENT
    ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(process.env.EDITION_CONTENT)).digest('hex').slice(0, 12)}/`
    : undefined,
  // The search index is built after the site by scripts/index-search.ts (see package.json `build`).
  experimental: {
    // Rebuilds re-render only pages whose cache key changed (see src/lib/cache-keys.ts).
    incrementalBuild: true,
  },
});

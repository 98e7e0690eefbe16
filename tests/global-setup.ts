/**
 * Builds the edition site once per test run, for the tests that read built
 * pages (`tests/site/`) or drive a browser (`tests/browser/`). The site is
 * built from `content/` into `.test-site/`. Set `TEST_SITE_DIR` to use a site
 * already built; `SKIP_SITE_BUILD=1` reuses `.test-site/` as it is (for quick
 * loops on parser tests). The test site's search shards hold one page each
 * (`EDITION_SHARD_PAGES=1`): each seed is then a shard of its own (one per
 * year), and the browser tests search across five shards, as a large edition's
 * search page does.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site the tests read. */
    siteDir: string;
  }
}

export default function setup(project: TestProject): void {
  const root = resolve(import.meta.dirname, '..');
  const given = process.env.TEST_SITE_DIR;
  const siteDir = given ? resolve(given) : resolve(root, '.test-site');
  if (!given && !process.env.SKIP_SITE_BUILD) {
    const run = (command: string, args: string[]) =>
      execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, EDITION_CONTENT: 'content', EDITION_SHARD_PAGES: '1' } });
    run(process.execPath, [resolve(root, 'scripts/build.ts'), '--outDir', siteDir]);
  }
  project.provide('siteDir', siteDir);
}

/**
 * Builds a content folder into a site as a user does (`scripts/build.ts`, the
 * `npm run build` script), for the site tests that need an edition of their
 * own; and removes what such a build leaves beside the project (its cache
 * folder and the output folder's owner file).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ownerFileFor } from '../../src/integrations/keep-output.ts';
import { cacheDirFor } from '../../src/build/astro-cache.ts';

const root = resolve(import.meta.dirname, '../..');

/** The build's exit status and its log as plain text (Astro's logger colours its lines when `CI` is set, as on CI). */
export function buildSite(content: string, site: string, env: NodeJS.ProcessEnv = {}): { status: number | null; log: string } {
  // Another build of the project (tests/global-setup.ts, the rebuild tests) may hold the build lock: this one waits for it.
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', site], {
    cwd: root,
    env: { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, log: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/** `buildSite`, for tests that only read the site: a failed build fails them, with the end of its log. */
export function buildSiteOrFail(content: string, site: string, env: NodeJS.ProcessEnv = {}): void {
  const build = buildSite(content, site, env);
  if (build.status !== 0) throw new Error(`building ${content} failed:\n${build.log.slice(-3000)}`);
}

/** Removes the cache folder and owner file a `buildSite(content, site)` left in the project. */
export function removeBuildLeftovers(content: string, site: string): void {
  rmSync(join(root, cacheDirFor(content)), { recursive: true, force: true });
  rmSync(ownerFileFor(root, site), { force: true });
}

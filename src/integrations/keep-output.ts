import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isWrittenAfterAstro, staleOutputFiles, type OutputFile } from '../lib/site-output.ts';

/**
 * Keeps the built site between builds instead of emptying it, so that an
 * incremental rebuild (experimental.incrementalBuild) leaves every unchanged
 * page where it is: Astro skips a page whose cache key is unchanged and whose
 * file is still in the output folder. Emptying the folder and copying 10,000
 * pages back from the cache took about 15 of a rebuild's 40 seconds.
 *
 * What Astro would have emptied is then this integration's job:
 * - after a build, it deletes the files that build did not produce (pages of
 *   removed documents, old assets), leaving the open data and search index to
 *   the steps that write them (src/lib/site-output.ts);
 * - before a build, it empties the folder unless the last build into it was
 *   made from the same cache (the same content folder) and finished, since a
 *   kept page is only right if the cache that vouches for it wrote it.
 */
export function keepOutput(): AstroIntegration {
  let outDir = '';
  let owner = '';
  let ownerFile = '';
  let startedAt = 0;
  return {
    name: 'edition-keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        owner = fileURLToPath(config.cacheDir);
        ownerFile = ownerFileFor(fileURLToPath(config.root), outDir);
      },
      'astro:build:start': ({ logger }) => {
        // ext4 stamps files with a clock that may lag the system clock by a tick.
        startedAt = Date.now() - 1000;
        const lastOwner = existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8') : null;
        rmSync(ownerFile, { force: true });
        if (lastOwner !== owner && existsSync(outDir)) {
          for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
          if (lastOwner !== null) logger.info(`emptied ${outDir}: its last build came from another content folder`);
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const site = resolve(fileURLToPath(dir));
        const pages = new Set([...assets.values()].flat().map((url) => toSitePath(site, fileURLToPath(url))));
        const stale = staleOutputFiles(listFiles(site), pages, startedAt);
        for (const path of stale) {
          rmSync(join(site, path));
          removeEmptyParents(site, dirname(join(site, path)));
        }
        if (stale.length) logger.info(`removed ${stale.length} files left by earlier builds`);
        mkdirSync(dirname(ownerFile), { recursive: true });
        writeFileSync(ownerFile, owner);
      },
    },
  };
}

/**
 * Where the cache that last built into `outDir` is recorded: beside the default
 * cache, so that every content folder's build finds it.
 */
export function ownerFileFor(root: string, outDir: string): string {
  return join(root, 'node_modules/.astro', `output-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12)}.txt`);
}

function toSitePath(site: string, file: string): string {
  return relative(site, file).split(sep).join('/');
}

/** Every file under `site` but in the folders other steps write whole (the search index, the documents' records). */
function listFiles(site: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const sitePath = toSitePath(site, path);
      if (entry.isDirectory()) {
        if (!isWrittenAfterAstro(`${sitePath}/`)) walk(path);
      } else files.push({ path: sitePath, modified: () => statSync(path).mtimeMs });
    }
  };
  walk(site);
  return files;
}

/** Removes `dir` and its parents up to `site` while they are empty. */
function removeEmptyParents(site: string, dir: string): void {
  while (dir.startsWith(site + sep) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

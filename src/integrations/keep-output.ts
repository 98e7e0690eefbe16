import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDirectory, openDataStagingDir } from '../build/astro-cache.ts';
import { outputFolderProblem } from '../build/output-folder.ts';
import { INCOMPLETE_MARKER, INCOMPLETE_MARKER_TEXT, isOpenData, isSearchIndex, openDataChanges, staleOutputFiles, type OutputFile } from '../build/site-output.ts';

/**
 * Keeps the built site between builds instead of emptying it, so that an
 * incremental rebuild (experimental.incrementalBuild) leaves every unchanged
 * page where it is: Astro skips a page whose cache key is unchanged and whose
 * file is still in the output folder. Emptying the folder and copying 10,000
 * pages back from the cache took about 15 of a rebuild's 40 seconds.
 *
 * What Astro would have emptied is then this integration's job:
 * - after a build, it deletes the files that build did not produce (pages of
 *   removed documents, old assets), and brings the open data in line with the
 *   copy the content loader staged in the cache: new and changed files are
 *   linked in (a hard link: no copying), those of removed documents deleted.
 *   The search index is left to scripts/index-search.ts;
 * - before a build, it empties the folder unless the last build into it was
 *   made from the same cache (the same content folder) and finished, and that
 *   cache's last build was into this folder: a kept page is only right if
 *   the cache that vouches for it wrote it there. It then marks the folder
 *   incomplete (INCOMPLETE_MARKER) until scripts/build.ts has indexed it, so
 *   an interrupted build is never taken for a site, and is redone whole.
 */
export function keepOutput(): AstroIntegration {
  let outDir = '';
  let owner = '';
  let ownerFile = '';
  let outputFile = '';
  let startedAt = 0;
  let outDirProblem: string | null = null;
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
        // And, in the cache, the output folder it last built into.
        outputFile = join(owner, 'last-output.txt');
        const root = fileURLToPath(config.root);
        outDirProblem = outputFolderProblem(outDir, { root, contentDir: contentDirectory(root), publicDir: fileURLToPath(config.publicDir) }, 'outDir');
      },
      'astro:build:start': ({ logger }) => {
        // A bare `astro build --outDir ..` must not empty the project (scripts/build.ts checks before Astro starts).
        if (outDirProblem) throw new AstroError(outDirProblem);
        // ext4 stamps files with a clock that may lag the system clock by a tick.
        startedAt = Date.now() - 1000;
        // Kept pages are right only if this cache wrote them, and its last build was into this folder.
        const lastOwner = existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8') : null;
        const lastOutput = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : null;
        const unfinished = existsSync(join(outDir, INCOMPLETE_MARKER));
        rmSync(ownerFile, { force: true });
        rmSync(outputFile, { force: true });
        if ((lastOwner !== owner || lastOutput !== outDir || unfinished) && existsSync(outDir)) {
          for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
          if (unfinished) logger.info(`emptied ${outDir}: its last build did not finish`);
          else if (lastOwner !== null) logger.info(`emptied ${outDir}: it was last built from another content folder, or this content into another folder`);
        }
        // Until scripts/build.ts has written the search index, the folder is not a site to publish.
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, INCOMPLETE_MARKER), INCOMPLETE_MARKER_TEXT);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const site = resolve(fileURLToPath(dir));
        const pages = new Set([...assets.values()].flat().map((url) => toSitePath(site, fileURLToPath(url))));
        const files = listFiles(site);
        const stale = staleOutputFiles(files, pages, startedAt);
        for (const path of stale) removeFile(site, path);
        if (stale.length) logger.info(`removed ${stale.length} files left by earlier builds`);

        const staging = openDataStagingDir(owner);
        const staged = existsSync(staging)
          ? listFiles(staging)
              .map((file) => file.path)
              .filter(isOpenData)
          : [];
        // Staged files are replaced, never rewritten in place (src/build/kept-files.ts): a changed one is a new file.
        const sameFile = (path: string) => {
          const [a, b] = [statSync(join(site, path)), statSync(join(staging, path))];
          return a.ino === b.ino && a.dev === b.dev;
        };
        const { link, remove } = openDataChanges(
          staged,
          files.map((file) => file.path),
          sameFile,
        );
        for (const path of link) linkOrCopy(join(staging, path), join(site, path));
        for (const path of remove) removeFile(site, path);
        logger.info(`open data: ${staged.length} files, ${link.length} linked in, ${remove.length} removed`);
        mkdirSync(dirname(ownerFile), { recursive: true });
        writeFileSync(ownerFile, owner);
        writeFileSync(outputFile, outDir);
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

/** Every file under `dir` but the search index's and a `.git` folder's, with its path relative to `dir`. */
function listFiles(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const relativePath = toSitePath(dir, path);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && !isSearchIndex(`${relativePath}/`)) walk(path);
      } else files.push({ path: relativePath, modified: () => statSync(path).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

/** Puts `source` at `target` as a hard link, or a copy where the two are on different file systems. */
function linkOrCopy(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

function removeFile(site: string, path: string): void {
  rmSync(join(site, path));
  removeEmptyParents(site, dirname(join(site, path)));
}

/** Removes `dir` and its parents up to `site` while they are empty. */
function removeEmptyParents(site: string, dir: string): void {
  while (dir.startsWith(site + sep) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

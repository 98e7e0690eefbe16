/**
 * `npm run build [-- --outDir dist]` — builds the edition in the content folder
 * (`EDITION_CONTENT`, default `content/`) into the output folder:
 *
 * 1. `astro build`: pages and open data, in the environment of
 *    src/build/memory.ts (a heap limit sized to the edition);
 * 2. `scripts/index-search.ts`: the Pagefind index, once Astro has exited, so
 *    that the two never hold their memory at the same time.
 *
 * A missing, misnamed or empty content folder, or an output folder a build
 * must not empty, is reported in one line before anything is built.
 *
 * One build of the project at a time (src/build/lock.ts): another waits.
 * The output folder is marked incomplete until both steps are done
 * (src/build/site-output.ts, INCOMPLETE_MARKER).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { contentDirectory } from '../src/build/astro-cache.ts';
import { acquireBuildLock, buildLockFile, waitingMessage } from '../src/build/lock.ts';
import { astroBuildEnv, memoryReport } from '../src/build/memory.ts';
import { exitWithError, readOptions, type Command } from '../src/build/command-line.ts';
import { contentFolderProblem } from '../src/build/content/content-folder.ts';
import { measureContent } from '../src/build/content/read-content.ts';
import { outputFolderProblem } from '../src/build/output-folder.ts';

const command: Command = {
  name: 'build',
  invocation: 'npm run build --',
  usage: `Usage: npm run build [-- --outDir <folder>]

Builds the edition in the content folder into the output folder: its pages and
open data (astro build), then its search index (Pagefind).

  --outDir <folder>  the output folder (default dist/); kept between builds
  -h, --help         print this help

Environment:
  EDITION_CONTENT    the content folder (default content/)
  EDITION_BASE       the path the site is hosted under (default /)
  EDITION_SITE       the site's public address, for absolute citation URLs`,
};

const values = readOptions(command, { outDir: { type: 'string', default: 'dist' } });
const root = resolve(import.meta.dirname, '..');
const site = resolve(values.outDir);
const contentDir = contentDirectory(root);
const problem = contentFolderProblem(contentDir, 'EDITION_CONTENT') ?? outputFolderProblem(site, { root, contentDir, publicDir: join(root, 'public') });
if (problem) exitWithError(command, problem);
await acquireBuildLock(buildLockFile(root), { content: contentDir, outDir: site }, (holder) => console.error(`build: ${waitingMessage(holder)}`));
const size = measureContent(contentDir);
const memory = memoryReport(size);
if (memory) console.error(`build: ${memory}`);
const env = astroBuildEnv(size);
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

const astro = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site]);
if (astro !== 0) process.exit(astro);
process.exit(run([join(root, 'scripts/index-search.ts'), '--site', site]));

/**
 * `npm run build [-- --outDir dist]` — builds the edition in the content folder
 * (`EDITION_CONTENT`, default `content/`) into the output folder:
 *
 * 1. `astro build`: pages and open data, in the environment of
 *    src/lib/build-memory.ts (a heap limit sized to the edition);
 * 2. `scripts/index-search.ts`: the Pagefind index, once Astro has exited, so
 *    that the two never hold their memory at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory } from '../src/lib/build-cache.ts';
import { astroBuildEnv } from '../src/lib/build-memory.ts';
import { documentFiles } from '../src/lib/content/read-content.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const root = resolve(import.meta.dirname, '..');
const site = resolve(values.outDir!);
// A missing content folder is Astro's to report (the loader says which folder it looked for).
const contentDir = contentDirectory(root);
const env = astroBuildEnv(existsSync(contentDir) ? documentFiles(contentDir).files.length : 0);
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

const astro = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site]);
if (astro !== 0) process.exit(astro);
process.exit(run([join(root, 'scripts/index-search.ts'), '--site', site]));

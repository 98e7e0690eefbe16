/**
 * `npm run build [-- --outDir dist]` — builds the edition in the content folder
 * (`EDITION_CONTENT`, default `content/`) into the output folder:
 *
 * 1. `astro build`: pages and open data, with a JavaScript heap limit sized to
 *    the edition (src/lib/build-memory.ts) and fewer malloc arenas, so that
 *    memory is given back rather than held;
 * 2. `scripts/index-search.ts`: the Pagefind index, once Astro has exited, so
 *    that the two never hold their memory at the same time.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFiles } from '../src/lib/content/read-content.ts';
import { astroHeapLimitMB } from '../src/lib/build-memory.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const root = resolve(import.meta.dirname, '..');
const site = resolve(values.outDir!);
// The same content folder as the loader's (src/loaders/edition-loader.ts); a missing one is Astro's to report.
const contentDir = resolve(root, process.env.EDITION_CONTENT ?? 'content');
let documents = 0;
try {
  documents = documentFiles(contentDir).files.length;
} catch {
  documents = 0;
}

const heap = `--max-old-space-size=${astroHeapLimitMB(documents)}`;
const env = { ...process.env, MALLOC_ARENA_MAX: '2', NODE_OPTIONS: [process.env.NODE_OPTIONS, heap].filter(Boolean).join(' ') };
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

const astro = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site]);
if (astro !== 0) process.exit(astro);
process.exit(run([join(root, 'scripts/index-search.ts'), '--site', site]));

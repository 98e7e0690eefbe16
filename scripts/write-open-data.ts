/**
 * `node scripts/write-open-data.ts [--site dist]` — a step of `npm run build`:
 * writes the edition's open data into the built site: `/data/edition.json`,
 * `/data/documents/<id>.json` (shared/docs/edition-data.md) and each raw
 * transcription at `/documents/<id>.txt`, byte for byte.
 *
 * These 2N files are written here rather than as Astro routes: they need no
 * rendering, and left to Astro they would triple the paths its build and
 * incremental rebuilds walk through.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content/read-content.ts';
import { buildEdition } from '../src/lib/edition/build-edition.ts';
import { writeOpenData } from '../src/lib/open-data/write-open-data.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = resolve(values.site!);
// The same content folder as the Astro build (src/loaders/edition-loader.ts).
const contentDir = resolve(import.meta.dirname, '..', process.env.EDITION_CONTENT ?? 'content');
const started = performance.now();
const input = readContent(contentDir);
const { files, changed } = writeOpenData(buildEdition(input), input, site);
console.log(`open data: ${files} files in ${site} (${changed} written or removed) in ${Math.round(performance.now() - started)} ms`);

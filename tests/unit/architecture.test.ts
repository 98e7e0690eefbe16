/**
 * The shape of the code, checked as a test so that it stays true: no module
 * imports itself through others (madge finds cycles), and the pure layers —
 * the model, the parser, names, references, rendering, search helpers and the
 * edition's pipeline — read no files and know no Astro, so that they can be
 * tested, benchmarked and reused as plain functions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import madge from 'madge';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const PURE = ['model', 'parse', 'names', 'references', 'render', 'search', 'edition', 'schemas'].map((layer) => join(root, 'src/lib', layer));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

describe('architecture', () => {
  test('no circular imports in src/', async () => {
    const graph = await madge(join(root, 'src'), { fileExtensions: ['ts'], tsConfig: join(root, 'tsconfig.json') });
    expect(graph.circular()).toEqual([]);
  }, 60_000);

  test('the pure layers import no file system, no process and no Astro module', () => {
    const offending = PURE.flatMap(filesUnder).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]((?:node:(?:fs|fs\/promises|child_process|process))|astro:[^'"]+)['"]/gm)].map(
        (match) => `${relative(root, file)}: ${match[1]}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});

/**
 * The shape of the code, checked as a test so that it stays true.
 *
 * `src/` reads top-down. `core/` is the edition itself — the zod schemas, the
 * model (a document, its annotations, mentions and references), the parser,
 * the name matcher, reference resolution, the renderer, Markdown documents
 * and the pipeline that runs them — and knows no Astro and no file system.
 * `site/` turns the edition into what pages show (page data, URLs, citations,
 * TEI, maps, the review page, the search's vocabulary); `client/` is code that
 * runs in the reader's browser; `build/` reads the content folder, keeps
 * caches and writes output. Loaders, integrations, pages and components sit on top.
 * Imports only point down that list (client and build never import each
 * other), and no module imports itself through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import madge from 'madge';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');

/** Layers from the bottom up; a module may import its own layer and those below. Same-rank layers may not import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['core/schemas'],
  ['core/model'],
  ['core/parse'],
  ['core/names'],
  ['core/references'],
  ['core/render', 'core/markdown'],
  ['core/edition'],
  ['site'],
  ['client', 'build'],
];

/** The layer of a module under src/ (`core/parse`, `site`, …), or null for the Astro side (loaders, pages, …) on top. */
function layerOf(file: string): string | null {
  const [top, sub] = file.split('/');
  if (top === 'core') return `core/${sub}`;
  return ['site', 'client', 'build'].includes(top) ? top : null;
}

function rankOf(layer: string): number {
  return LAYERS.findIndex((rank) => rank.includes(layer));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

describe('architecture', async () => {
  const graph = await madge(src, { fileExtensions: ['ts'], tsConfig: join(root, 'tsconfig.json') });

  test('no circular imports in src/', () => {
    expect(graph.circular()).toEqual([]);
  });

  test('every layer under src/ is known', () => {
    const unknown = Object.keys(graph.obj()).flatMap((file) => {
      const layer = layerOf(file);
      return layer !== null && rankOf(layer) < 0 ? [file] : [];
    });
    expect(unknown).toEqual([]);
  });

  test('imports point down the layers: core, site, then client and build', () => {
    const upward = Object.entries(graph.obj()).flatMap(([file, imports]) => {
      const from = layerOf(file);
      if (from === null) return [];
      return imports.flatMap((target) => {
        const to = layerOf(target);
        if (to === from) return [];
        const upwards = to === null || rankOf(to) > rankOf(from) || (rankOf(to) === rankOf(from) && to !== from);
        return upwards ? [`${file} → ${target}`] : [];
      });
    });
    expect(upward).toEqual([]);
  });

  test('core, site and client import no file system, no process and no Astro module', () => {
    const offending = ['core', 'site', 'client']
      .flatMap((layer) => filesUnder(join(src, layer)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]((?:node:(?:fs|fs\/promises|child_process|process))|astro(?:[:/][^'"]*)?)['"]/gm)].map(
          (match) => `${relative(root, file)}: ${match[1]}`,
        ),
      );
    expect(offending).toEqual([]);
  });
});

/** Data of the people and places pages: keyword-in-context snippets, appearances, descriptions, maps. */
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { EditionEntry } from '../../src/core/model/edition.ts';
import { locatorMap } from '../../src/site/maps/locator-map.ts';
import { overviewMap } from '../../src/site/maps/overview-map.ts';
import { compactPath, escapeXml } from '../../src/site/maps/svg.ts';
import { worldShapes } from '../../src/site/maps/world.ts';
import { collectAppearances } from '../../src/core/names/appearances.ts';
import { buildIndexPages } from '../../src/site/index-pages.ts';
import { keywordsInContext } from '../../src/core/names/keyword-in-context.ts';

const content = readContent(new URL('../../content/', import.meta.url).pathname);
const edition = buildEdition(content);
const world = worldShapes(countries110m);
const byId = (id: string) => edition.documents.find((entry) => entry.id === id)!;

describe('keywordsInContext', () => {
  test('cuts the words around a mention at word boundaries', () => {
    const entry = byId('1937-12-21-henderson-333');
    const litvinov = entry.mentions.find((mention) => mention.id === 'litvinov')!;
    expect(keywordsInContext(entry.parsed, 40)(litvinov)).toEqual({
      before: '…political problems. I found that ',
      match: 'Litvinov',
      after: ' was also evasive. In response to my…',
    });
  });

  test('shows an editor’s brackets as printed and skips note markers', () => {
    const entry = byId('1940-10-steinhardt-1390');
    const correction = entry.mentions.find((mention) => mention.id === 'vyshinsky')!;
    const snippet = keywordsInContext(entry.parsed, 30)(correction);
    expect(snippet).toEqual({ before: '…to see Bertram Hinsky [', match: 'Vyshinsky', after: '?]. (I did not regard it as…' });
  });
});

describe('collectAppearances', () => {
  const appearances = collectAppearances(edition.documents);

  test('lists the documents in the edition’s (chronological) order, with counts', () => {
    const stalin = appearances.get('person:stalin')!;
    expect(stalin.map((appearance) => [appearance.document, appearance.mentions])).toEqual([
      ['1937-12-21-henderson-333', 3],
      ['1938-01-henderson-35', 1],
      ['1944-06-10-harriman-stalin', 12],
    ]);
  });

  test('anchors are the renderer’s: m-N is the Nth of entry.mentions', () => {
    for (const [key, list] of appearances) {
      for (const appearance of list) {
        const entry = byId(appearance.document);
        for (const snippet of appearance.snippets.filter((item) => item.anchor?.startsWith('m-'))) {
          const mention = entry.mentions[Number(snippet.anchor!.slice(2)) - 1];
          expect(`${mention.kind}:${mention.id}`).toBe(key);
          expect(mention.text).toBe(snippet.match);
        }
      }
    }
  });

  test('keeps a few snippets per document and counts the rest', () => {
    const stalin = collectAppearances(edition.documents, { snippetsPerDocument: 2 }).get('person:stalin')!;
    const memorandum = stalin.find((appearance) => appearance.document === '1944-06-10-harriman-stalin')!;
    expect(memorandum.mentions).toBe(12);
    expect(memorandum.snippets).toHaveLength(2);
  });

  test('people named only in the header are listed, linked to their line of the Present list', () => {
    const page = appearances.get('person:edward-page')!;
    expect(page).toHaveLength(1);
    expect(page[0].snippets).toEqual([{ anchor: 'present-4', before: 'Present: ', match: 'Mr. Page', after: ', Second Secretary of the American Embassy' }]);
  });
});

describe('buildIndexPages', () => {
  const pages = buildIndexPages(edition, world);

  test('every person and place of the authority files has page data', () => {
    expect(pages.people.map((person) => person.id)).toEqual(content.people.map((person) => person.id));
    expect(pages.places.map((place) => place.id)).toEqual(content.places.map((place) => place.id));
    expect(pages.problems).toEqual([]);
  });

  test('a description from a footnote names its source', () => {
    const litvinov = pages.people.find((person) => person.id === 'litvinov')!;
    expect(litvinov.description).toBe('Soviet Commissar for Foreign Affairs');
    expect(litvinov.descriptionSource).toEqual({
      document: '1937-12-21-henderson-333',
      title: 'The Chargé in the Soviet Union (Henderson) to the Secretary of State',
      note: 0,
      n: '44',
      text: 'Soviet Commissar for Foreign Affairs.',
    });
    expect(pages.people.find((person) => person.id === 'stalin')!.descriptionSource).toBeUndefined();
  });

  test('places with coordinates get a locator map; vague regions do not', () => {
    const chungking = pages.places.find((place) => place.id === 'chungking')!;
    expect(chungking.map).toMatch(/^<svg [^>]*role="img"[^>]*>.*<text class="map-label"[^>]*>Chungking<\/text><\/svg>$/su);
    expect(pages.places.find((place) => place.id === 'far-east')!.map).toBeNull();
  });

  test('the summary counts mentions, people and places, and points to the unindexed-names report', () => {
    expect(pages.summary).toMatch(/^names: \d+ mentions of \d+\/21 people and 32\/33 places in 5 documents; names not yet in the index: npm run ingest -- --unindexed$/u);
  });

  test('an alias to an unknown id is reported with the sidecar', () => {
    const entry = byId('1944-06-10-harriman-stalin');
    const broken: EditionEntry = { ...entry, raw: { ...entry.raw, sidecar: { aliases: { 'the Marshal': 'stalyn' } } } };
    const report = buildIndexPages({ ...edition, documents: [broken] }, null);
    expect(report.problems).toEqual(['documents/1944-06-10-harriman-stalin.yaml: alias "the Marshal": no person or place with id "stalyn"']);
  });
});

describe('maps', () => {
  test('escape names from the authority file', () => {
    expect(escapeXml('A&B <"x">\'')).toBe('A&amp;B &lt;&quot;x&quot;&gt;&#39;');
    const svg = locatorMap({ coordinates: [106.55, 29.56], label: 'Chungking <script>', kind: 'city', id: 'x"y' }, world);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Chungking &lt;script&gt;');
    expect(svg).toContain('id="map-title-x&quot;y"');
  });

  test('a locator map stays small and marks the place at its centre', () => {
    for (const kind of ['city', 'region', 'country'] as const) {
      const svg = locatorMap({ coordinates: [37.62, 55.76], label: 'Moscow', kind, id: 'moscow' }, world);
      expect(svg.length).toBeLessThan(15_000);
      expect(svg).toContain('<circle class="map-mark" cx="160" cy="100" r="5"/>');
    }
  });

  test('the overview map links each place, with its name', () => {
    const svg = overviewMap(
      [
        { name: 'Moscow', href: '/places/moscow/', coordinates: [37.62, 55.76], documents: 3 },
        { name: 'Chungking', href: '/places/chungking/', coordinates: [106.55, 29.56], documents: 1 },
      ],
      world,
    );
    expect(svg.match(/<a href="[^"]+" aria-label="[^"]+"><circle [^>]+><title>[^<]+<\/title><\/circle><\/a>/gu)).toHaveLength(2);
    expect(svg).toContain('aria-label="Chungking"');
    expect(svg.length).toBeLessThan(40_000);
  });

  test('compactPath draws the same points with relative steps', () => {
    const d = 'M10,20L10.5,21.5L9,19Z M100,100L101,99Z';
    const compact = compactPath(d);
    expect(compact).toBe('m10 20 .5 1.5-1.5-2.5zm90 80 1-1z');
    expect(absolutePoints(compact)).toEqual([
      [10, 20],
      [10.5, 21.5],
      [9, 19],
      [100, 100],
      [101, 99],
    ]);
  });
});

/** The absolute points of a path made of m/l/z commands (relative), to check compactPath. */
function absolutePoints(d: string): number[][] {
  const points: number[][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, numbers] of d.matchAll(/([mlz])([^mlz]*)/gu)) {
    if (command === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    const values = (numbers.match(/-?(?:\d+\.?\d*|\.\d+)/gu) ?? []).map(Number);
    for (let i = 0; i < values.length; i += 2) {
      x = Math.round((x + values[i]) * 10) / 10;
      y = Math.round((y + values[i + 1]) * 10) / 10;
      if (command === 'm' && i === 0) {
        startX = x;
        startY = y;
      }
      points.push([x, y]);
    }
  }
  return points;
}

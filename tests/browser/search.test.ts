/**
 * The search page in a real browser (Debian's Chromium) over the Pagefind
 * index of the built seed edition: the right documents for a query, facets
 * that narrow them and are kept in the address, names found in any spelling
 * the authority files know, the header form of a reading page leading to
 * results, the date orders, and no serious axe violation on the pages a
 * search leads through. Document sets are exact: the five seeds of content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { base, siteDir } from '../site/site.ts';

const D1937 = '1937-12-21-henderson-333';
const D1938 = '1938-01-henderson-35';
const D1940 = '1940-10-steinhardt-1390';
const D1944 = '1944-06-10-harriman-stalin';
const D1946 = '1946-03-25-chungking-456';
const CHRONOLOGICAL = [D1937, D1938, D1940, D1944, D1946];

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(siteDir());
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

const searchUrl = (query: string) => `${site.url}${base}search/${query}`;
const status = (page: Page) => page.locator('[data-search-status]');

/** Opens a page and waits until the search has run (the status line says how many documents). */
async function openSearch(query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(searchUrl(query));
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/document/);
  return page;
}

/** Ids of the documents listed, in order. */
async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.split('#')[0].replace(`${base}documents/`, '').replace(/\/$/, '')));
}

/** Types a search into the page's box and waits for its results. */
async function searchFor(page: Page, words: string): Promise<void> {
  await page.getByLabel('Words to search for').fill(words);
  await expect.poll(() => status(page).textContent()).toContain(`“${words}”`);
}

/** The checkbox of a facet value, unfolding the facet first when the value is folded away. */
async function facetValue(page: Page, facet: string, value: string): Promise<Locator> {
  const group = page.getByRole('group', { name: facet });
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const checkbox = group.getByRole('checkbox', { name: new RegExp(`^${escaped} \\d+ documents?$`) });
  if (!(await checkbox.isVisible())) await group.getByRole('button', { name: /^Show all/ }).click();
  return checkbox;
}

/** Ticks a facet value and waits for the search to follow. */
async function tick(page: Page, facet: string, value: string, filterCount: number): Promise<void> {
  await (await facetValue(page, facet, value)).check();
  await expect.poll(() => status(page).textContent()).toContain(`with ${filterCount} filter`);
}

describe('search results', () => {
  test.each([
    ['Bogomolov', [D1937]],
    ['Manchuria', [D1946]],
    ['Harriman', [D1944]],
    ['Molotov', [D1940, D1944]],
    ['Japan', CHRONOLOGICAL],
    ['Bogomolov Manchuria', []],
    // A word in no document makes Pagefind fall back to its longest beginning that is a word of
    // the index: `b.`, `V.`, the note marker `86`. Such a fallback is no match.
    ['Bogomolof', []],
    ['verbatim', []],
    ['8601', []],
  ])('“%s” finds exactly the documents that contain it', async (query, expected) => {
    const page = await openSearch(`?q=${encodeURIComponent(query)}`);
    expect((await resultIds(page)).sort()).toEqual([...expected].sort());
    expect(await status(page).textContent()).toBe(
      expected.length === 0 ? `No document found for “${query}”. Try another spelling or fewer words.` : `${expected.length} document${expected.length === 1 ? '' : 's'} found for “${query}”.`,
    );
    await page.close();
  });

  test.each([
    ['Legislative', [D1938], 'a note'],
    ['Gasanli', [D1946], 'a note'],
    ['Pavlov', [D1944], 'the header (participants)'],
    ['Container', [D1944], 'the archival furniture'],
    ['ISO', [], 'no label of the header (“ISO 8601”)'],
    ['verbatim', [], 'no explanation of the provenance box'],
    ['Chronology', [], 'nothing of the site’s navigation'],
  ])('“%s” finds %j: the index holds %s', async (query, expected) => {
    const page = await openSearch(`?q=${encodeURIComponent(query)}`);
    expect(await resultIds(page)).toEqual(expected);
    await page.close();
  });

  test('a result shows title, date, sender → recipient, file number, and a snippet marking the match', async () => {
    const page = await openSearch('?q=Bogomolov');
    const result = page.locator('.search-result').first();
    await expect.poll(() => result.locator('h3').textContent()).toBe('The Chargé in the Soviet Union (Henderson) to the Secretary of State');
    expect(await result.locator('.result-meta').textContent()).toBe('December 21, 1937—2 p.m. · Henderson (Chargé in the Soviet Union) → Secretary of State · file 793.94/11763');
    const marks = await result.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/Bogomolov/);
    // The link opens the document at the match (a text fragment).
    expect(await result.locator('h3 a').getAttribute('href')).toBe(`${base}documents/${D1937}/#:~:text=Bogomolov`);
    await page.close();
  });

  test('following a result opens the document scrolled to the match (here a note at the end)', async () => {
    const page = await openSearch('?q=Gasanli');
    await page.locator('.search-result h3 a').click();
    await page.waitForURL(`**/documents/${D1946}/#:~:text=Gasanli`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await page.close();
  });

  test('the page reads ?q= into its search box and searches as the reader types, keeping the address', async () => {
    const page = await openSearch('?q=Bogomolov');
    expect(await page.getByLabel('Words to search for').inputValue()).toBe('Bogomolov');
    await searchFor(page, 'Manchuria');
    expect(await resultIds(page)).toEqual([D1946]);
    expect(new URL(page.url()).search).toBe('?q=Manchuria');
    expect(await page.title()).toMatch(/^“Manchuria” · Search · /);
    await page.close();
  });
});

describe('facets', () => {
  test('narrow the results, show counts, and are kept in the address', async () => {
    const page = await openSearch('?q=Japan');
    expect(await resultIds(page)).toHaveLength(5);
    // Each facet is a fieldset with a legend; every value says how many documents it has.
    const legends = await page.locator('.search-facets fieldset > legend').allTextContents();
    expect(legends).toEqual(['Year', 'Type of document', 'Sender', 'Recipient', 'People mentioned', 'Places mentioned', 'Classification']);
    expect(await (await facetValue(page, 'Year', '1944')).getAttribute('value')).toBe('1944');
    expect(await page.getByRole('group', { name: 'Type of document' }).getByRole('checkbox', { name: 'Telegram 4 documents' }).count()).toBe(1);

    // Places combine: documents naming every place ticked.
    await tick(page, 'Places mentioned', 'Mongolia', 1);
    expect((await resultIds(page)).sort()).toEqual([D1938, D1944, D1946]);
    await tick(page, 'Places mentioned', 'Sinkiang', 2);
    expect((await resultIds(page)).sort()).toEqual([D1944, D1946]);
    // Years widen within the facet, and narrow with the others.
    await tick(page, 'Year', '1944', 3);
    expect(await resultIds(page)).toEqual([D1944]);
    await tick(page, 'Year', '1946', 4);
    expect((await resultIds(page)).sort()).toEqual([D1944, D1946]);
    expect(new URL(page.url()).search).toBe('?q=Japan&year=1944&year=1946&places=Mongolia&places=Sinkiang');

    // The address restores the same search.
    const shared = await openSearch(new URL(page.url()).search);
    expect((await resultIds(shared)).sort()).toEqual([D1944, D1946]);
    expect(await (await facetValue(shared, 'Places mentioned', 'Sinkiang')).isChecked()).toBe(true);
    expect(await (await facetValue(shared, 'Year', '1946')).isChecked()).toBe(true);
    await shared.close();

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => status(page).textContent()).toBe('5 documents found for “Japan”.');
    expect(new URL(page.url()).search).toBe('?q=Japan');
    await page.close();
  });

  test('work without words: the documents with a filter', async () => {
    const page = await openSearch('?classification=SECRET');
    expect((await resultIds(page)).sort()).toEqual([D1944, D1946]);
    expect(await status(page).textContent()).toBe('2 documents match these filters.');
    await page.close();
  });
});

describe('names in any spelling', () => {
  test.each([
    // Seed 004 names Chungking only in its opening (heading and dateline): its snippet, from the text, has no mark.
    ['Chongqing', [D1940, D1944, D1946], /^(Chungking|CHUNGKING)$/, [D1946]],
    ['Xinjiang', [D1944, D1946], /^(Sinkiang|Xinjiang)$/, []],
    ['Sin Kiang', [D1944, D1946], /^(Sinkiang|Sin Kiang)$/, []],
    ['Jiang Jieshi', [D1937, D1938, D1940, D1944], /^(Chiang Kai Shek|Chiang Kai-shek|Chiang)$/, []],
  ])('“%s” finds the documents that spell it otherwise, and shows their spelling', async (query, expected, spelled, inOpeningOnly) => {
    const page = await openSearch(`?q=${encodeURIComponent(query)}`);
    expect((await resultIds(page)).sort()).toEqual([...expected].sort());
    for (const id of expected) {
      const result = page.locator('.search-result', { has: page.locator(`h3 a[href^="${base}documents/${id}/"]`) });
      const marks = await result.locator('.result-excerpt mark').allTextContents();
      if (inOpeningOnly.includes(id)) {
        expect(marks, id).toEqual([]);
        expect(await result.locator('.result-spelling').textContent(), id).toContain(`“${query}”`);
      } else expect(marks.length, id).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.replace(/[^\p{L} -]/gu, '')).toMatch(spelled);
    }
    await page.close();
  });

  test('the snippet shows the document’s own spelling, never the hidden other spellings, and links to it', async () => {
    const page = await openSearch('?q=Chongqing');
    const result = page.locator('.search-result', { has: page.locator(`a[href^="${base}documents/${D1940}/"]`) });
    expect(await result.locator('.result-excerpt mark').allTextContents()).toEqual(['Chungking']);
    expect(await result.locator('.result-excerpt').textContent()).not.toMatch(/Chongqing|Jiang Jieshi|United Kingdom/);
    expect(await result.locator('.result-spelling').textContent()).toBe('“Chongqing” found as “Chungking”, the spelling of this document.');
    expect(await result.locator('h3 a').getAttribute('href')).toBe(`${base}documents/${D1940}/#:~:text=Chungking`);
    await page.close();
  });

  test('the other spellings on a document page are neither shown nor read by screen readers', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${base}documents/${D1940}/`);
    const others = page.locator('#other-spellings');
    expect(await others.textContent()).toContain('Chongqing');
    expect(await others.isVisible()).toBe(false);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('Chongqing');
    expect(tree).not.toContain('Jiang Jieshi');
    await page.close();
  });
});

describe('from a reading page', () => {
  test('the header search box leads to the results, and reading pages load no search code', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}${base}documents/${D1944}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(requests.filter((url) => url.endsWith('.js'))).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search the edition' }).fill('Litvinov');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Litvinov$/);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('1 document found for “Litvinov”.');
    expect(await resultIds(page)).toEqual([D1937]);
    expect(requests.some((url) => /\/pagefind\/[^/]+\/pagefind\.js$/.test(url))).toBe(true);
    await page.close();
  });
});

describe('an index in shards', () => {
  test('a document of another shard than the first is found, counted and filtered; one Pagefind runs them all', async () => {
    // One shard per year here: the seeds are in no printed volume.
    const manifest = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'shards.json'), 'utf8')) as { shards: { id: string; pages: number }[] };
    expect(manifest.shards.map((shard) => `${shard.id}:${shard.pages}`)).toEqual(['y1937:1', 'y1938:1', 'y1940:1', 'y1944:1', 'y1946:1']);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(searchUrl('?q=Molotov'));
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('2 documents found for “Molotov”.');
    expect((await resultIds(page)).sort()).toEqual([D1940, D1944]);
    expect(await (await facetValue(page, 'Year', '1940')).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: '1944 1 document' }).count()).toBe(1);
    await tick(page, 'Year', '1944', 1);
    expect(await resultIds(page)).toEqual([D1944]);
    // The code and WebAssembly come once, from the first shard; every shard's own index is merged into it.
    expect(requests.filter((path) => /\/pagefind\/.*(pagefind\.js|\.pagefind)$/.test(path))).toEqual([`${base}pagefind/y1937/pagefind.js`, `${base}pagefind/y1937/wasm.en.pagefind`]);
    for (const shard of manifest.shards)
      expect(
        requests.some((path) => path.startsWith(`${base}pagefind/${shard.id}/pagefind.en_`)),
        shard.id,
      ).toBe(true);
    await page.close();
  });
});

describe('while the index loads', () => {
  test('a search made before the index has loaded waits for it, and no shard is merged twice', async () => {
    const page = await context.newPage();
    let release!: () => void;
    const loading = new Promise<void>((resolve) => {
      release = resolve;
    });
    const lists: string[] = [];
    // The list of shards comes only once the reader has searched again.
    await page.route('**/pagefind/shards.json', async (route) => {
      lists.push(route.request().url());
      await loading;
      await route.continue();
    });
    await page.goto(searchUrl('?q=Japan'));
    await page.getByLabel('Words to search for').fill('Molotov');
    await page.getByLabel('Words to search for').press('Enter');
    release();
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('2 documents found for “Molotov”.');
    expect((await resultIds(page)).sort()).toEqual([D1940, D1944]);
    expect(await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: '1944 1 document' }).count()).toBe(1);
    expect(lists).toHaveLength(1);
    await page.close();
  });
});

describe('order', () => {
  test('by date, oldest or newest first, is kept in the address', async () => {
    const page = await openSearch('?q=Japan');
    await page.getByLabel('Order').selectOption('oldest');
    await expect.poll(() => resultIds(page)).toEqual(CHRONOLOGICAL);
    expect(new URL(page.url()).search).toBe('?q=Japan&sort=oldest');
    await page.getByLabel('Order').selectOption('newest');
    await expect.poll(() => resultIds(page)).toEqual([...CHRONOLOGICAL].reverse());
    const shared = await openSearch('?q=Japan&sort=newest');
    expect(await shared.getByLabel('Order').inputValue()).toBe('newest');
    expect(await resultIds(shared)).toEqual([...CHRONOLOGICAL].reverse());
    await shared.close();
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  test('the box, the filters and the results are reached in order with Tab, and Tab leads on out of them', async () => {
    const page = await openSearch('?q=Japan');
    await page.getByLabel('Words to search for').focus();
    const stops: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement!;
        if (element.closest('.site-footer')) return 'footer';
        if (element.closest('.search-facets')) return 'facets';
        if (element.closest('.search-result')) return 'result';
        if (element.matches('[data-search-sort]')) return 'sort';
        return element.tagName.toLowerCase();
      });
      if (stops[stops.length - 1] !== stop) stops.push(stop);
      if (stop === 'footer') break;
    }
    expect(stops.slice(0, 1)).toEqual(['button']);
    expect(stops).toContain('sort');
    expect(stops.indexOf('facets')).toBeLessThan(stops.indexOf('result'));
    expect(stops[stops.length - 1]).toBe('footer');
    await page.close();
  });

  test('on a narrow screen the filters fold behind a disclosure button, so the results come first', async () => {
    const narrow = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await narrow.newPage();
    await page.goto(searchUrl('?q=Japan&year=1944'));
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/found/);
    const toggle = page.getByRole('button', { name: 'Show filters (1 ticked)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('group', { name: 'Year' }).isVisible()).toBe(false);
    expect(await page.locator('.search-result').first().isVisible()).toBe(true);
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide filters (1 ticked)' }).getAttribute('aria-expanded')).toBe('true');
    expect(await (await facetValue(page, 'Year', '1944')).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await narrow.close();
  });

  test('the number of results is announced in a polite live region', async () => {
    const page = await openSearch('?q=Japan');
    const region = page.locator('[data-search-status]');
    expect(await region.getAttribute('role')).toBe('status');
    await searchFor(page, 'Bogomolov');
    expect(await region.textContent()).toBe('1 document found for “Bogomolov”.');
    await page.close();
  });
});

describe('accessibility', () => {
  const pages = [
    ['home', ''],
    ['a document', `documents/${D1944}/`],
    ['a person', 'people/stalin/'],
    ['a place', 'places/chungking/'],
    ['the search page with results in other spellings', 'search/?q=Chongqing'],
    ['the search page with filters ticked', 'search/?q=Japan&year=1944&places=Sinkiang'],
  ] as const;
  const cases = (['light', 'dark'] as const).flatMap((scheme) => pages.map(([name, path]) => [name, scheme, path] as const));

  test.each(cases)('no serious or critical axe violation: %s (%s mode)', async (_name, colorScheme, path) => {
    const schemed = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await schemed.newPage();
    await page.goto(`${site.url}${base}${path}`);
    if (path.startsWith('search/')) {
      await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/found/);
      // Unfold a facet too, so that every kind of control is checked.
      await page
        .getByRole('button', { name: /^Show all/ })
        .first()
        .click();
    }
    const found = await seriousViolations(page);
    await schemed.close();
    expect(found).toEqual([]);
  });
});

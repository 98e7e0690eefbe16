/**
 * Citing a document, as a reader and a reference manager meet it: the Highwire
 * tags of every document page read the way Zotero's Embedded Metadata
 * translator reads them (tests/support/zotero-embedded-metadata.ts), and in
 * Chromium the cite box's Chicago note and bibliography entry, its BibTeX, RIS
 * and CSL-JSON downloads (each the page's embedded CSL-JSON item), without an
 * address when the site has none and with the stable one when it has, and the
 * link to the document's TEI.
 *
 * Besides the seeds' site (built without an address), the seeds are built
 * again with `EDITION_SITE=https://edition.example.org`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { displayTitle } from '../../src/core/model/display.ts';
import type { EditionDocument } from '../../src/core/schemas/document.ts';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { buildSiteOrFail, removeBuildLeftovers } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { zoteroItem } from '../support/zotero-embedded-metadata.ts';
import { base, documentIds, json, siteDir } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'citations-'));
const addressedContent = join(work, 'content');
const addressedSite = join(work, 'site');
const ADDRESS = 'https://edition.example.org';
const ids = documentIds();
const edition = json<{ edition: { title: string; editors: string[] } }>('data/edition.json').edition;
const record = (id: string) => json<EditionDocument>(`data/documents/${id}.json`);

let seeds: StaticSite;
let addressed: StaticSite;
let browser: Browser;

beforeAll(async () => {
  cpSync(join(root, 'content'), addressedContent, { recursive: true });
  buildSiteOrFail(addressedContent, addressedSite, { EDITION_SITE: ADDRESS, EDITION_BASE: '/' });
  [seeds, addressed, browser] = await Promise.all([serveStatic(siteDir()), serveStatic(addressedSite), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await seeds?.close();
  await addressed?.close();
  rmSync(work, { recursive: true, force: true });
  removeBuildLeftovers(addressedContent, addressedSite);
});

const pageFile = (site: string, id: string, prefix = base) => join(site, prefix.slice(1), 'documents', id, 'index.html');

describe('the Highwire tags, as Zotero’s Embedded Metadata translator reads them', () => {
  test.each(ids)('%s: a book section with title, date, book and series title, editors, publisher', (id) => {
    const location = `http://127.0.0.1:4321${base}documents/${id}/`;
    const item = zoteroItem(parse(readFileSync(pageFile(siteDir(), id), 'utf8')), location);
    const document = record(id);
    expect(item.itemType).toBe('bookSection');
    expect(item.fields.title).toBe(displayTitle(document));
    expect(item.fields.date).toBe(document.date?.slice(0, 10).replace(/-/g, '/'));
    expect(item.fields.bookTitle).toBe(edition.title);
    expect(item.fields.publicationTitle).toBe(edition.title);
    // The series title is the printed volume, when the document has one (seed 000: FRUS 1940, from its sidecar).
    expect(item.fields.series).toBe(id === '1940-10-steinhardt-1390' ? 'Foreign Relations of the United States, 1940' : undefined);
    expect(item.fields.publisher).toBe('Documentary Editions');
    expect(item.creators.filter((creator) => creator.creatorType === 'editor').map((creator) => creator.name)).toEqual(edition.editors);
    if (document.from?.name) expect(item.creators).toContainEqual({ name: document.from.name, creatorType: 'author' });
    // No address given: no citation_public_url, so Zotero keeps the address it read the page from, never a bare path.
    expect(item.fields.url).toBeUndefined();
    expect(item.url).toBe(location);
  });

  test.each(ids)('%s: with the site’s address, the public URL is the stable absolute address', (id) => {
    const item = zoteroItem(parse(readFileSync(pageFile(addressedSite, id, '/'), 'utf8')), 'http://localhost/elsewhere/');
    expect(item.fields.url).toBe(`${ADDRESS}/documents/${id}/`);
    expect(item.url).toBe(`${ADDRESS}/documents/${id}/`);
  });
});

describe('the cite box, in Chromium', () => {
  const open = async (site: StaticSite, path: string): Promise<Page> => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    return page;
  };
  const shown = (page: Page, selector: string) => page.locator(`.cite-box ${selector}`).innerText();

  test('shows the Chicago note and bibliography entry, without an address or a placeholder when the site has none (seed 001)', async () => {
    const page = await open(seeds, `${base}documents/1937-12-21-henderson-333/`);
    expect(await shown(page, '[data-citation="note"]')).toBe(
      'Henderson, “The Chargé in the Soviet Union (Henderson) to the Secretary of State,” Moscow, Chungking and the War in Asia, 1937–1946, ed. The Edition Team, Documentary Editions, December 21, 1937, 793.94/11763.',
    );
    expect(await shown(page, '[data-citation="bibliography"]')).toBe(
      'Henderson. “The Chargé in the Soviet Union (Henderson) to the Secretary of State.” Moscow, Chungking and the War in Asia, 1937–1946, edited by The Edition Team. Documentary Editions, December 21, 1937. 793.94/11763.',
    );
    const box = await page.locator('.cite-box').innerText();
    expect(box).not.toMatch(/accessed|\[date\]|Stable address/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('names the printed source when the document has one (seed 000)', async () => {
    const page = await open(seeds, `${base}documents/1940-10-steinhardt-1390/`);
    expect(await shown(page, '[data-citation="note"]')).toContain('in Foreign Relations of the United States, 1940');
    await page.context().close();
  });

  test('with the site’s address: the stable address ends the citation and is linked', async () => {
    const page = await open(addressed, '/documents/1937-12-21-henderson-333/');
    const url = `${ADDRESS}/documents/1937-12-21-henderson-333/`;
    expect(await shown(page, '[data-citation="note"]')).toMatch(new RegExp(`, ${url.replace(/[./]/g, '\\$&')}\\.$`));
    expect(await page.locator('.cite-box a', { hasText: url }).getAttribute('href')).toBe(url);
    await page.context().close();
  });

  test.each([
    ['BibTeX', '.bib', 'application/x-bibtex', /^@misc\{Henderson1937Charge,$/m],
    ['RIS', '.ris', 'application/x-research-info-systems', /^TY {2}- GEN\nAU {2}- Henderson$/m],
    ['CSL-JSON', '.csl.json', 'application/json', /^\[\n {2}\{\n {4}"id": "1937-12-21-henderson-333",$/m],
  ])('the %s link downloads the citation, made from the page’s CSL-JSON item', async (label, extension, type, shape) => {
    const page = await open(addressed, '/documents/1937-12-21-henderson-333/');
    const embedded = JSON.parse((await page.locator('script[type="application/vnd.citationstyles.csl+json"]').textContent())!);
    const link = page.locator('.cite-box a', { hasText: new RegExp(`^${label}$`) });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`/data/documents/1937-12-21-henderson-333${extension}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(shape);
    const response = await page.request.get(`${addressed.url}${href}`);
    expect(response.headers()['content-type']).toContain(type);
    expect(await response.text()).toBe(text);
    if (extension === '.csl.json') expect(JSON.parse(text)).toEqual(embedded);
    else expect(text).toContain(embedded[0].URL);
    await page.context().close();
  });
});

test('the TEI link opens the document’s TEI, with its stable address in the header', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${addressed.url}/documents/1937-12-21-henderson-333/`);
  const href = (await page.locator('.cite-box a', { hasText: /^TEI$/ }).getAttribute('href'))!;
  expect(href).toBe('/data/documents/1937-12-21-henderson-333.xml');
  const response = await page.request.get(`${addressed.url}${href}`);
  expect(response.headers()['content-type']).toContain('application/tei+xml');
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
  expect(xml).toContain(`<idno type="URI">${ADDRESS}/documents/1937-12-21-henderson-333/</idno>`);
  expect(await page.locator('link[rel="alternate"][type="application/tei+xml"]').getAttribute('href')).toBe(href);
  await context.close();
});

describe('the embedded CSL-JSON', () => {
  test.each(ids)('%s: is the data file’s item, and only data (no text of the document can close it)', (id) => {
    const html = parse(readFileSync(pageFile(siteDir(), id), 'utf8'));
    const blocks = html.querySelectorAll('script');
    expect(blocks.map((block) => block.getAttribute('type'))).toEqual(['application/vnd.citationstyles.csl+json']);
    expect(JSON.parse(blocks[0].textContent)).toEqual(json(`data/documents/${id}.csl.json`));
  });
});

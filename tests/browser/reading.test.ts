/**
 * Reading the edition as a historian does, in Chromium, on a small edition
 * built from the dev corpus: two exchanges of telegrams (the 1934 Geneva
 * telegrams d0313–d0322, the 1918 Russian loan telegrams d0001–d0004) and
 * the longest document of the corpus (d0494, 85 KB). The files browse
 * (`/files/`) groups documents by class of the decimal file, then by file
 * number; a document's exchange is read whole on its thread page, each
 * citation a jump along it; the long document prints as the document alone,
 * every note and every word on the paper.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { buildSiteOrFail, removeBuildLeftovers } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { base } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const corpus = resolve(root, '../shared/corpus/frus-dev/documents');
const hasCorpus = existsSync(corpus);
const work = mkdtempSync(join(tmpdir(), 'edition-reading-'));
const content = join(work, 'content');
const siteOut = join(work, 'site');
const GENEVA = Array.from({ length: 10 }, (_, index) => `frus1934v04-d${String(313 + index).padStart(4, '0')}`);
const LOAN = Array.from({ length: 4 }, (_, index) => `frus1918Russiav03-d${String(1 + index).padStart(4, '0')}`);
const LONG = 'frus1934v04-d0494';

let site: StaticSite | null = null;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  if (!hasCorpus) return;
  mkdirSync(join(content, 'documents'), { recursive: true });
  for (const id of [...LOAN, ...GENEVA, LONG]) copyFileSync(join(corpus, `${id}.txt`), join(content, 'documents', `${id}.txt`));
  writeFileSync(join(content, 'edition.yaml'), 'title: Reading the files\n');
  buildSiteOrFail(content, siteOut);
  site = await serveStatic(siteOut);
}, 180_000);

afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
  removeBuildLeftovers(content, siteOut);
});

async function open(path: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site!.url}${base}${path}`);
  return page;
}

const documentUrl = (id: string) => `${base}documents/${id}/`;
const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe.runIf(hasCorpus)('the files: documents as the Department filed them', () => {
  test('classes under the decimal file’s divisions, each leading to its documents by file number', async () => {
    const page = await open('files/');
    expect(await page.locator('main h2').allTextContents()).toEqual(['7 Political relations of states', '8 Internal affairs of states']);
    expect(await page.locator('.file-classes a.file-class').allTextContents()).toEqual(['724.3415', '810.5151', '861.51']);
    const williams = page.locator('.file-classes li', { hasText: '810.5151' });
    expect(await williams.textContent()).toContain('810.5151 Williams Mission');
    await page.getByRole('link', { name: '861.51' }).click();
    await page.waitForURL(/\/files\/861\.51\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('File 861.51');
    // By serial: 861.51/131, /134, … as the Department's file holds them.
    const numbers = (await page.locator('.document-list .doc-meta').allTextContents()).map((meta) => /file (\S+)/.exec(meta)![1]);
    expect(numbers.length).toBe(LOAN.length);
    expect([...numbers].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(numbers);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a document’s data leads to the other documents of its file', async () => {
    const page = await open(`documents/${GENEVA[0]}/`);
    await page.locator('details.document-data summary').click();
    await page.getByRole('link', { name: 'file 724.3415' }).click();
    await page.waitForURL(/\/files\/724\.3415\/$/);
    expect(await hrefs(page, '.document-list a.doc-title')).toEqual(expect.arrayContaining(GENEVA.map(documentUrl)));
  });
});

describe.runIf(hasCorpus)('an exchange of telegrams read whole', () => {
  test('from a document, the whole exchange on one page, where it stands marked, each citation a jump along it', async () => {
    const page = await open(`documents/${GENEVA[8]}/`);
    await page.getByRole('link', { name: 'Read the whole exchange on one page' }).click();
    await page.waitForURL(new RegExp(`/threads/[^/]+/#t-${GENEVA[8]}$`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`An exchange of ${GENEVA.length} documents`);
    // Every telegram of the exchange, in the edition's order of date (undated ones last), each linking to its page.
    const listed = await hrefs(page, '.exchange-heading a.doc-title');
    expect([...listed].sort()).toEqual(GENEVA.map(documentUrl).sort());
    const current = page.locator(`#t-${GENEVA[8]}`);
    expect(await current.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await current.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await current.locator('.exchange-opening').textContent()).toMatch(/\S{3,}/);
    // d0321 cites Consulate's 136 (d0318): the citation jumps to it on the same page.
    const cites = current.locator('.exchange-links', { hasText: 'Cites' });
    expect(await cites.textContent()).toContain('“Consulate’s 136”');
    await cites.getByRole('link').last().click();
    expect(new URL(page.url()).hash).toMatch(/^#t-frus1934v04-d03\d\d$/);
    const jumped = page.locator(new URL(page.url()).hash);
    expect(await jumped.evaluate((element) => element.matches(':target') && element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the list of exchanges gives each with its dates and size; a document in none has no link to one', async () => {
    const page = await open('threads/');
    const items = await page.locator('.exchange-list li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items.join('\n')).toMatch(/· 4 documents[\s\S]*· 10 documents/);
    expect(await seriousViolations(page)).toEqual([]);
    const alone = await open(`documents/${LONG}/`);
    expect(await alone.getByRole('link', { name: 'Read the whole exchange on one page' }).count()).toBe(0);
  });
});

describe.runIf(hasCorpus)('printing a long document', () => {
  test(`${LONG} (85 KB) prints as the document alone: no site chrome, every note, no word clipped`, async () => {
    const page = await open(`documents/${LONG}/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (element: Element) => getComputedStyle(element).display !== 'none' && getComputedStyle(element).visibility !== 'hidden' && (element as HTMLElement).offsetParent !== null;
      const chrome = ['.site-header', '.site-footer', 'nav', 'form', '.search-form', '.skip-link', '.prev-next', '.breadcrumbs'];
      const article = document.querySelector('article.document')!.getBoundingClientRect();
      // A word is clipped when its box overflows one that hides overflow, or runs past the text column.
      const clipped = [...document.querySelectorAll('.document-body *, .document-notes *')].filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        return (hides && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) || box.right > article.right + 1 || box.left < article.left - 1;
      });
      return {
        chrome: chrome.filter((selector) => [...document.querySelectorAll(selector)].some(visible)),
        notes: [...document.querySelectorAll('.document-notes li.note')].filter(visible).length,
        allNotes: document.querySelectorAll('.document-notes li.note').length,
        paragraphs: [...document.querySelectorAll('.document-body p')].filter(visible).length,
        allParagraphs: document.querySelectorAll('.document-body p').length,
        clipped: clipped.map((element) => `${element.tagName}.${element.className}`),
        fixedHeight: [document.documentElement, document.body, document.querySelector('main')!].some((element) => getComputedStyle(element).overflowY === 'hidden'),
      };
    });
    expect(printed.chrome).toEqual([]);
    expect(printed.allNotes).toBeGreaterThan(5);
    expect(printed.notes).toBe(printed.allNotes);
    expect(printed.allParagraphs).toBeGreaterThan(40);
    expect(printed.paragraphs).toBe(printed.allParagraphs);
    expect(printed.clipped).toEqual([]);
    expect(printed.fixedHeight).toBe(false);
    // On A4, the whole text runs over many pages: none of it is cut at the first.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThan(10);
  });
});

/**
 * The document page as a reader sees it, in Debian's Chromium: on a phone
 * (390 px) and a desktop (1280 px) the text starts on the first screen,
 * after the heading, dateline and source note; screenshots of each are kept
 * in `test-results/screenshots/` to look at. Unresolved references explain
 * themselves to keyboard and touch; print has margins, a running head and
 * page numbers, and none of the site around the document.
 *
 * Besides the seeds (content/), a small edition of two FRUS volumes is built
 * from the dev corpus (frus1934v04-d0313…d0322, with the undated d0318 and
 * d0321, and frus1918Russiav03-d0001…d0004): volumes in printed order,
 * previous/next through undated documents, the printed source in the cite
 * box and in search results, references that land on the paragraph named
 * and never on a document of another number, axe on its pages.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { buildSiteOrFail, removeBuildLeftovers } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { base, documentIds, siteDir } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const corpus = resolve(root, '../shared/corpus/frus-dev/documents');
const shots = join(root, 'test-results', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'edition-page-'));
const fixtureContent = join(work, 'content');
const fixtureSite = join(work, 'site');
const VOLUME_1934 = Array.from({ length: 10 }, (_, index) => `frus1934v04-d${String(313 + index).padStart(4, '0')}`);
const VOLUME_1918 = Array.from({ length: 4 }, (_, index) => `frus1918Russiav03-d${String(1 + index).padStart(4, '0')}`);
const hasCorpus = existsSync(corpus);

let seeds: StaticSite;
let fixture: StaticSite | null = null;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  seeds = await serveStatic(siteDir());
  browser = await launchBrowser();
  if (!hasCorpus) return;
  mkdirSync(join(fixtureContent, 'documents'), { recursive: true });
  for (const id of [...VOLUME_1918, ...VOLUME_1934]) copyFileSync(join(corpus, `${id}.txt`), join(fixtureContent, 'documents', `${id}.txt`));
  writeFileSync(
    join(fixtureContent, 'edition.yaml'),
    [
      'title: Two volumes of Foreign Relations',
      'volumes:',
      '  - id: frus1934v04',
      '    series: Foreign Relations of the United States',
      '    volume: "1934, The American Republics, vol. IV"',
      '    short: "FRUS 1934, vol. IV"',
      '',
    ].join('\n'),
  );
  buildSiteOrFail(fixtureContent, fixtureSite);
  fixture = await serveStatic(fixtureSite);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await seeds?.close();
  await fixture?.close();
  rmSync(work, { recursive: true, force: true });
  removeBuildLeftovers(fixtureContent, fixtureSite);
});

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** What the first screen of a document page shows, measured in the page. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() ?? null;
    const firstText = [...document.querySelectorAll('.document-body p')].find((p) => (p.textContent ?? '').trim().length > 20);
    const details = document.querySelector('details.document-data') as HTMLDetailsElement | null;
    return {
      heading: box('h1'),
      dateline: box('.dateline'),
      text: firstText?.getBoundingClientRect().toJSON() ?? null,
      dataOpen: details?.open ?? null,
      data: details?.getBoundingClientRect().toJSON() ?? null,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('the document page on a phone and a desktop', () => {
  const cases = VIEWPORTS.flatMap((viewport) => documentIds().map((id) => [viewport.name, viewport.width, viewport.height, id] as const));

  test.each(cases)('%s (%i×%i): %s opens with heading and dateline, and its text starts on the first screen', async (name, width, height, id) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${seeds.url}${base}documents/${id}/`);
    await page.screenshot({ path: join(shots, `${id}-${width}.png`) });
    const screen = await firstScreen(page);
    await page.close();
    expect(screen.heading!.bottom).toBeLessThan(height);
    expect(screen.dateline!.top).toBeGreaterThanOrEqual(screen.heading!.bottom);
    expect(screen.text!.top, 'the text begins above the fold').toBeLessThan(height - 40);
    expect(screen.text!.top).toBeGreaterThan(screen.dateline!.bottom);
    // The field table is folded away, after the text.
    expect(screen.dataOpen).toBe(false);
    expect(screen.data!.top).toBeGreaterThan(screen.text!.bottom);
    // Nothing wider than the screen.
    expect(screen.scrollWidth, name).toBeLessThanOrEqual(width);
  });
});

describe('names in capitals', () => {
  test('the post a heading in capitals is from is a link a reader follows to the place (seed 004)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${seeds.url}${base}documents/1946-03-25-chungking-456/`);
    const link = page.getByRole('heading', { level: 1 }).getByRole('link', { name: 'CHUNGKING' });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/places\/chungking\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Chungking');
    // The place's page lists the telegram, its heading among the mentions.
    expect(await page.locator('main').textContent()).toContain('Heading: FROM CHUNGKING TO FOREIGN OFFICE');
    await page.close();
  });
});

describe('references the edition cannot follow', () => {
  test('say why on keyboard focus, and lead to their entry in the list of references, which says it too', async () => {
    const id = '1940-10-steinhardt-1390';
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${seeds.url}${base}documents/${id}/`);
    const reference = page.locator('.document-body a.xref.unresolved').first();
    const tip = page.locator(`#${await reference.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await reference.focus();
    expect(await tip.isVisible()).toBe(true);
    const reason = (await tip.textContent())!;
    await reference.press('Enter');
    const entry = page.locator(`${new URL(page.url()).hash} .reference-reason`);
    expect(await entry.textContent()).toBe(reason);
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await page.close();
  });
});

describe('print', () => {
  test('a telegram prints as the document alone: margins, running head, page numbers, no underlines, lists or data links (seed 001)', async () => {
    const id = '1937-12-21-henderson-333';
    const page = await browser.newPage();
    await page.goto(`${seeds.url}${base}documents/${id}/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const margins: Record<string, string> = {};
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule.constructor.name === 'CSSMarginRule') {
            const margin = rule as CSSRule & { name: string; style: CSSStyleDeclaration };
            margins[margin.name] = [margins[margin.name], margin.style.getPropertyValue('content')].filter(Boolean).join(' ');
          }
          if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      const shown = (selector: string) => [...document.querySelectorAll(selector)].some((element) => getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null);
      const underlined = [...document.querySelectorAll('main a')].filter((a) => getComputedStyle(a).textDecorationLine.includes('underline') && (a as HTMLElement).offsetParent !== null);
      const dataLinks = [...document.querySelectorAll('main a[href$=".json"], main a[href$=".txt"]')].filter((a) => (a as HTMLElement).offsetParent !== null);
      return {
        margins,
        hidden: ['.site-header', '.site-footer', '.prev-next', '.references', '.related', 'details.document-data', '.breadcrumbs'].filter((selector) => !shown(selector)),
        text: shown('.document-body'),
        notes: shown('.document-notes'),
        citation: shown('.cite-box .citation'),
        underlined: underlined.length,
        dataLinks: dataLinks.length,
      };
    });
    expect(printed.margins['top-left']).toContain('The Chargé in the Soviet Union');
    expect(printed.margins['top-right']).toContain('Moscow, Chungking');
    expect(printed.margins['bottom-center']).toContain('counter(page)');
    expect(printed.hidden).toEqual(['.site-header', '.site-footer', '.prev-next', '.references', '.related', 'details.document-data', '.breadcrumbs']);
    expect([printed.text, printed.notes, printed.citation]).toEqual([true, true, true]);
    expect(printed.underlined).toBe(0);
    expect(printed.dataLinks).toBe(0);
    // The 1.5-page telegram prints on two A4 pages (three before the print stylesheet).
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
    await page.close();
  });
});

describe('the 404 page', () => {
  test('offers the ways back in, and passes axe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${seeds.url}${base}404.html`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main form[role="search"]').count()).toBe(1);
    expect(await page.locator(`main a[href="${base}"]`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasCorpus)('an edition of two printed volumes (dev corpus)', () => {
  // A context per page (axe-core needs one), each closed after its test, awaited.
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
  });
  const open = async (path: string, width = 1280, height = 900) => {
    const context = await browser.newContext({ viewport: { width, height } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${fixture!.url}${base}${path}`);
    return page;
  };
  const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const documentUrl = (id: string) => `${base}documents/${id}/`;

  test('the home page offers each volume, in printed order', async () => {
    const page = await open('');
    expect(await hrefs(page, 'main .volume-list a')).toEqual([`${base}volumes/frus1918Russiav03/`, `${base}volumes/frus1934v04/`]);
    expect(await page.locator('main .volume-list').textContent()).toMatch(/FRUS 1918, Russia, vol\. III[\s\S]*FRUS 1934, vol\. IV/);
    await page.close();
  });

  test('a volume lists its documents in printed order, the undated ones in their place', async () => {
    const page = await open('volumes/frus1934v04/');
    expect(await hrefs(page, 'main .document-list a.doc-title')).toEqual(VOLUME_1934.map(documentUrl));
    const numbers = await page.locator('main .document-list .doc-number').allTextContents();
    expect(numbers).toEqual(VOLUME_1934.map((id) => `${Number(id.slice(-4))}.`));
    expect(
      await page
        .locator('main .document-list li', { has: page.locator(`a[href="${documentUrl('frus1934v04-d0321')}"]`) })
        .locator('.doc-date')
        .textContent(),
    ).toContain('Undated');
    expect(await page.locator('.lede').textContent()).toBe('Foreign Relations of the United States, 1934, The American Republics, vol. IV');
    await page.close();
  });

  test('an undated document: printed source, its place between dated ones, how others cite it, previous and next in printed order', async () => {
    const page = await open('documents/frus1934v04-d0321/');
    await page.screenshot({ path: join(shots, 'frus1934v04-d0321-1280.png') });
    expect((await page.locator('.doc-kicker').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Telegram · FRUS 1934, vol. IV · Document 321 · pp. 257–260');
    expect(await page.locator('.undated-context').textContent()).toContain('Printed after a document of June 7, 1934');
    expect(await page.locator('.undated-context').textContent()).toContain('Cited elsewhere as “Consulate’s 142 June 8, 11 a.m., paragraph 4(b)”');
    expect(await hrefs(page, 'nav.prev-next a')).toEqual([documentUrl('frus1934v04-d0320'), documentUrl('frus1934v04-d0322')]);
    // The exchange it belongs to: the telegrams it cites and those that cite it, this one marked.
    expect(await page.locator('.thread-list li[aria-current="true"]').count()).toBe(1);
    expect(await hrefs(page, '.thread-list a')).toEqual(expect.arrayContaining([documentUrl('frus1934v04-d0318'), documentUrl('frus1934v04-d0322')]));
    expect(await page.locator('.breadcrumbs').textContent()).toMatch(/FRUS 1934, vol\. IV\s*›?\s*Document 321/);
    // The Chicago note names the volume, the document's number and its pages; undated, it says so (n.d.), never a guessed date.
    expect(await page.locator('.cite-box [data-citation="note"]').textContent()).toMatch(
      /in Foreign Relations of the United States, 1934, The American Republics, Vol\. IV, no\. 321, Two Volumes of Foreign Relations, n\.d\., 257–60, /,
    );
    await page.close();
  });

  test('references land on the document of that number, and on the paragraph they name', async () => {
    const page = await open('documents/frus1934v04-d0321/');
    // "Consulate's 136": its note says p. 255, where telegrams 131, 132 and 135 stand; No. 136 is printed three documents before.
    const consulate136 = page.locator('.document-body a.xref', { hasText: /^Consulate’s 136/ });
    expect(await consulate136.getAttribute('href')).toBe(documentUrl('frus1934v04-d0318'));
    await page.close();
    const citing = await open('documents/frus1934v04-d0322/');
    const href = await citing.locator('.document-body a.xref', { hasText: /paragraph 4\(b\)/ }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^${documentUrl('frus1934v04-d0321')}#b-\\d+$`));
    await citing.goto(`${fixture!.url}${href}`);
    const target = citing.locator(`#${href!.split('#')[1]}`);
    expect(await target.locator('.para-label').textContent()).toBe('(b)');
    expect(await target.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await citing.close();
  });

  test('the Sender filter names people, not "name (office)"', async () => {
    const page = await open('documents/frus1934v04-d0321/');
    expect(await page.locator('article.document').getAttribute('data-pf-sender')).toBe('Gilbert');
    await page.close();
  });

  test('search results give where each document is printed, and snippets from the text', async () => {
    const page = await open('search/?q=Luxemburg');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/document/);
    const result = page.locator('.search-result').first();
    expect(await result.locator('.result-meta').textContent()).toMatch(/FRUS 1934, vol\. IV, doc\. \d+/);
    expect(await result.locator('.result-excerpt').textContent()).not.toMatch(/The Consul at Geneva|: Telegram/);
    await page.close();
  });

  test.each(['', 'volumes/', 'volumes/frus1934v04/', 'volumes/frus1918Russiav03/', 'documents/frus1934v04-d0321/'])('no serious or critical axe violations: /%s', async (path) => {
    const page = await open(path, 390, 844);
    if (path.startsWith('documents/')) await page.screenshot({ path: join(shots, 'frus1934v04-d0321-390.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

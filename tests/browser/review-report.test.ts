/**
 * The editor's review page as an editor uses it, in Chromium: written by
 * `npm run ingest -- --report` for the seeds, linked to the built site, each
 * entry leads to the document page at the spot it names (the reference's
 * entry, which gives the same reason; the editorial note for a sidecar
 * value; the paragraph of an unindexed name). For the bad-input folder,
 * every warning is listed with its file and line and no payload runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { OpenData } from '../../src/site/open-data.ts';
import { makeBadInputCorpus, XSS_CALL } from '../support/bad-input-corpus.ts';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { base, contentDir, siteDir } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-review-page-'));
let site: StaticSite;
let browser: Browser;

/** `npm run ingest -- --content <dir> --report <file>`, the review's links to `reportSite`. */
function ingestReport(content: string, name: string, reportSite: string): string {
  const report = join(work, `${name}.html`);
  execFileSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', content, '--out', join(work, `${name}.json`), '--report', report, '--report-site', reportSite], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  return report;
}

beforeAll(async () => {
  site = await serveStatic(siteDir());
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the editor’s review page of the seeds', () => {
  test('lists by document what to review, and each entry leads to its spot on the document page', async () => {
    const report = ingestReport(contentDir, 'seeds', `${site.url}${base}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(report).href);
    expect(await page.title()).toContain('Editor’s review');
    expect(await seriousViolations(page)).toEqual([]);
    const section = page.locator('section.review-document', { has: page.locator('#review-1940-10-steinhardt-1390') });
    expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['References not followed (8)', 'Sidecar values in force (4)']);

    // A reference: its reason, and its line leads to its entry in the page's list of references, which gives the same reason.
    const reference = section.locator('ul.references li').first();
    expect(await reference.textContent()).toBe('documents/1940-10-steinhardt-1390.txt:11 unresolved “my 1307, October 8, 5 p.m.”: Printed in another volume: FRUS 1940 vol. III, p. 232.');
    await reference.getByRole('link', { name: 'documents/1940-10-steinhardt-1390.txt:11' }).click();
    await page.waitForURL(/\/documents\/1940-10-steinhardt-1390\/#reference-1$/);
    const entry = page.locator('#reference-1');
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.locator('.reference-reason').textContent()).toBe('Printed in another volume: FRUS 1940 vol. III, p. 232.');
    await page.goBack();

    // A sidecar value in force leads to the editorial note that shows it.
    const value = section.locator('ul.sidecar li', { hasText: 'date: 1940-10' });
    expect(await value.textContent()).toBe('documents/1940-10-steinhardt-1390.yaml:2 date: 1940-10');
    await value.getByRole('link').click();
    await page.waitForURL(/#editorial-note$/);
    expect(await page.locator('#editorial-note').isVisible()).toBe(true);
    await page.goBack();

    // An unindexed name, counted, leads to the paragraph it stands in.
    const henderson = page.locator('section.review-document', { has: page.locator('#review-1938-01-henderson-35') });
    const pravda = henderson.locator('ul.unindexed li', { hasText: 'Pravda' });
    expect(await pravda.textContent()).toMatch(/^Pravda ×1: documents\/1938-01-henderson-35\.txt:23$/);
    await pravda.getByRole('link').click();
    await page.waitForURL(/\/documents\/1938-01-henderson-35\/#b-\d+$/);
    const paragraph = page.locator(new URL(page.url()).hash);
    expect(await paragraph.textContent()).toContain('Pravda');
    expect(await paragraph.getAttribute('data-line')).toBe(String(Number(new URL(page.url()).hash.slice(3))));
    await context.close();
  });
});

describe('the editor’s review page of a folder of bad input', () => {
  test('lists every warning with its file and line, and runs nothing a document holds', async () => {
    const corpus = makeBadInputCorpus(join(work, 'bad'));
    const report = ingestReport(corpus.dir, 'bad', 'http://localhost:4321/');
    const data = JSON.parse(readFileSync(join(work, 'bad.json'), 'utf8')) as OpenData;
    const context = await browser.newContext();
    const ran: string[] = [];
    await context.exposeFunction(XSS_CALL, (what: string) => ran.push(String(what)));
    const page = await context.newPage();
    await page.goto(pathToFileURL(report).href);
    const listed = await page.locator('ul.warnings li a.where').allTextContents();
    const expected = data.documents.flatMap((document) => document.warnings.map((warning) => `${warning.file ?? document.sourceFile}:${warning.line}`));
    expect(listed).toHaveLength(expected.length);
    // A warning about the whole file (line 0) names the file alone.
    expect(listed.map((where) => (/:\d+$/.test(where) ? where : `${where}:0`)).sort()).toEqual(expected.sort());
    const xss = page.locator('section.review-document', { has: page.locator('#review-xss') });
    expect(await xss.locator('ul.sidecar').textContent()).toContain(`<script>${XSS_CALL}('script')</script>`);
    await page.waitForTimeout(200);
    expect(ran).toEqual([]);
    await context.close();
  });
});

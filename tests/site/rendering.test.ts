/**
 * The reading pages in a real browser (Debian's Chromium): no serious axe
 * violations in light and dark mode, and the pure-CSS behaviours a reader
 * relies on: page numbers in the margin (inline when narrow), cross-reference
 * tips on hover and keyboard focus, the skip link.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousViolations } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { base, documentIds, siteDir } from './site.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(siteDir());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const READING_PAGES = ['', 'about/', 'data/', 'chronology/', 'volumes/', '404.html', ...documentIds().map((id) => `documents/${id}/`)];

describe('accessibility', () => {
  const cases = (['light', 'dark'] as const).flatMap((scheme) => READING_PAGES.map((path) => [scheme, path] as const));

  test.each(cases)('no serious or critical axe violations (%s mode): /%s', async (colorScheme, path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.url}${base}${path}`);
    const found = await seriousViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  test('the skip link is the first stop of the keyboard and shows when focused', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${base}documents/${documentIds()[0]}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { className: element.className, top: box.top, bottom: box.bottom };
    });
    expect(focused.className).toBe('skip-link');
    expect(focused.bottom).toBeGreaterThan(0);
    await page.close();
  });
});

describe('printed page numbers', () => {
  // Seed 000 has page breaks 668 and 669 in the middle of its paragraphs.
  const id = '1940-10-steinhardt-1390';

  test('stand in the margin, left of the text, on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}${base}documents/${id}/`);
    const { marker, text } = await page.evaluate(() => ({
      marker: document.getElementById('page-668')!.getBoundingClientRect().toJSON(),
      text: document.querySelector('.document-body p')!.getBoundingClientRect().toJSON(),
    }));
    expect(marker.right).toBeLessThanOrEqual(text.left);
    expect(marker.width).toBeGreaterThan(0);
    await page.close();
  });

  test('stay in the line on a narrow screen, shown as "p. N"', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.url}${base}documents/${id}/`);
    const result = await page.evaluate(() => {
      const marker = document.getElementById('page-668')!;
      const paragraph = marker.closest('p')!.getBoundingClientRect();
      const box = marker.getBoundingClientRect();
      return { position: getComputedStyle(marker).position, label: getComputedStyle(marker, '::before').content, inside: box.left >= paragraph.left && box.right <= paragraph.right };
    });
    expect(result.position).toBe('static');
    expect(result.label).toContain('p. ');
    expect(result.inside).toBe(true);
    await page.close();
  });
});

describe('cross-reference tips', () => {
  test('show on hover and on keyboard focus, and hide otherwise, by CSS alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${base}documents/${documentIds()[0]}/`);
    // The seeds may not yet cite each other: a cross-reference as the renderer writes it is added to the text.
    await page.evaluate(() => {
      const paragraph = document.querySelector('.document-body p')!;
      const link = document.createElement('a');
      link.className = 'xref';
      link.href = '#';
      link.setAttribute('aria-describedby', 'xref-test');
      link.append('your 35');
      const tip = document.createElement('span');
      tip.className = 'xref-tip';
      tip.id = 'xref-test';
      tip.setAttribute('role', 'tooltip');
      tip.textContent = 'January 1938 · Henderson → Secretary of State';
      link.append(tip);
      paragraph.append(' ', link);
    });
    const tipShown = () => page.evaluate(() => getComputedStyle(document.getElementById('xref-test')!).display !== 'none');
    expect(await tipShown()).toBe(false);
    await page.hover('a.xref');
    expect(await tipShown()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await tipShown()).toBe(false);
    await page.focus('a.xref');
    expect(await tipShown()).toBe(true);
    await context.close();
  });
});

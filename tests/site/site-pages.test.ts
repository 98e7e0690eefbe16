import { describe, expect, test } from 'vitest';
import type { EditionDocument } from '../../src/core/schemas/document.ts';
import { base, documentIds, fileForPath, htmlPages, ids, json, page, raw, text } from './site.ts';

// Pages built by other parts of the project (people, places, search) are checked by their own tests.
const OWN = /^(index\.html|404\.html|about\/|chronology\/|data\/|documents\/|volumes\/)/;
const PAGES = htmlPages().filter((file) => OWN.test(file));

describe('every page of the reading site', () => {
  test('includes the home, about, data, chronology and document pages', () => {
    for (const file of ['index.html', '404.html', 'about/index.html', 'data/index.html', 'chronology/index.html', 'volumes/index.html']) expect(PAGES).toContain(file);
    expect(PAGES.filter((file) => file.startsWith('documents/'))).toHaveLength(documentIds().length);
  });

  // A document page embeds its citation as a CSL-JSON data block, which no browser runs.
  test.each(PAGES)('%s: has no script', (file) => {
    expect(page(file).querySelectorAll('script:not([type="application/vnd.citationstyles.csl+json"])')).toHaveLength(0);
    expect(raw(file)).not.toMatch(/<script\b(?! type="application\/vnd\.citationstyles\.csl\+json")/i);
    expect(raw(file)).not.toMatch(/\son[a-z]+\s*=/i);
  });

  test.each(PAGES)('%s: declares its language, title and landmarks, with a working skip link', (file) => {
    const root = page(file);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(text(root.querySelector('title'))).not.toBe('');
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('header.site-header')).not.toBeNull();
    expect(root.querySelector('footer.site-footer')).not.toBeNull();
    expect(root.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    const skip = root.querySelector('a.skip-link')!;
    expect(root.getElementById(skip.getAttribute('href')!.slice(1))?.tagName).toBe('MAIN');
  });

  test.each(PAGES)('%s: has the search form, a plain GET to the search page with `q`', (file) => {
    const form = page(file).querySelector('header form[role="search"]')!;
    expect(form.getAttribute('action')).toBe(`${base}search/`);
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input[name="q"]')!;
    expect(input).not.toBeNull();
    // The input has a label.
    expect(form.querySelector(`label[for="${input.getAttribute('id')}"]`)).not.toBeNull();
  });

  test.each(PAGES)('%s: every in-page link resolves, every internal link of this part of the site resolves', (file) => {
    const root = page(file);
    const known = ids(root);
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) expect(known, href).toContain(href.slice(1));
      else if (href.startsWith(base) && OWN.test(href.slice(base.length) || 'index.html')) expect(fileForPath(href), `${file}: ${href}`).not.toBeNull();
    }
  });

  test.each(PAGES)('%s: only document pages are indexed for search', (file) => {
    const marked = page(file).querySelectorAll('[data-pagefind-body]').length;
    expect(marked).toBe(/^documents\/[^/]+\/index\.html$/.test(file) ? 1 : 0);
  });

  test('the search index holds the documents and nothing else, each in one shard', () => {
    const { shards } = json<{ shards: { id: string; pages: number }[] }>('pagefind/shards.json');
    const counts = shards.map((shard) => {
      const entry = json<{ languages: Record<string, { page_count: number }> }>(`pagefind/${shard.id}/pagefind-entry.json`);
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    });
    expect(counts).toEqual(shards.map((shard) => shard.pages));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(documentIds().length);
  });

  test('the footer gives the licence and how to cite the edition', () => {
    const footer = page('index.html').querySelector('footer.site-footer')!;
    const settingsLicence = json<{ edition: { licence: string } }>('data/edition.json').edition.licence;
    expect(text(footer)).toContain(settingsLicence.replace(/\s+/g, ' ').trim());
    expect(text(footer.querySelector('.citation'))).toContain(text(page('index.html').querySelector('.site-title')));
  });
});

describe('the home page', () => {
  const home = page('index.html');
  const records = json<{ documents: EditionDocument[] }>('data/edition.json').documents;

  test('lists every document once, in chronological order', () => {
    const links = home.querySelectorAll('main .document-list a.doc-title').map((a) => a.getAttribute('href'));
    expect(links).toEqual(records.map((record) => `${base}documents/${record.id}/`));
  });

  test('groups documents by year, undated ones last under their own heading', () => {
    const years = home.querySelectorAll('main .year-group h3 a').map((a) => text(a));
    const expected = [...new Set(records.map((record) => record.date?.slice(0, 4) ?? 'Undated'))];
    expect(years).toEqual(expected);
  });

  test('brackets and explains a date supplied by the editors, never shows a guessed date', () => {
    const item = home.querySelectorAll('main .document-list li').find((li) => li.querySelector(`a[href="${base}documents/1940-10-steinhardt-1390/"]`))!;
    expect(text(item.querySelector('.doc-date'))).toContain('[October 1940]');
    expect(text(item.querySelector('.doc-date'))).toContain('supplied by the editors');
    const dated = home.querySelectorAll('main .document-list li').find((li) => li.querySelector(`a[href="${base}documents/1937-12-21-henderson-333/"]`))!;
    expect(text(dated.querySelector('.doc-date'))).toBe('December 21, 1937—2 p.m.');
  });

  test('shows sender → recipient, type and file number', () => {
    const item = home.querySelectorAll('main .document-list li').find((li) => li.querySelector(`a[href="${base}documents/1937-12-21-henderson-333/"]`))!;
    const meta = text(item.querySelector('.doc-meta'));
    expect(meta).toContain('Henderson (Chargé in the Soviet Union) → Secretary of State');
    expect(meta).toContain('Telegram');
    expect(meta).toContain('793.94/11763');
  });

  test('shows the introduction as text paragraphs, never as markup', () => {
    const paragraphs = home.querySelectorAll('main .prose > p').map((p) => text(p));
    expect(paragraphs.some((p) => p.startsWith('This edition gathers five documents'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Each document is transcribed as received'))).toBe(true);
  });
});

describe('the chronology', () => {
  const records = json<{ documents: EditionDocument[] }>('data/edition.json').documents;
  const years = [...new Set(records.map((record) => record.date?.slice(0, 4) ?? 'undated'))];

  test('has a page for each year (split into numbered pages when long), listing its documents in order under month headings', () => {
    for (const year of years) {
      const listed: (string | undefined)[] = [];
      // Page 1 is /chronology/<year>/, further pages /chronology/<year>/2/ …
      for (let n = 1; ; n += 1) {
        const file = fileForPath(`${base}chronology/${year}/${n > 1 ? `${n}/` : ''}`);
        if (n === 1) expect(file, year).not.toBeNull();
        if (!file) break;
        const root = page(file);
        listed.push(...root.querySelectorAll('main .document-list a.doc-title').map((a) => a.getAttribute('href')));
        if (year !== 'undated') expect(root.querySelectorAll('main h2[id^="m-"]').length).toBeGreaterThan(0);
      }
      const expected = records.filter((record) => (record.date?.slice(0, 4) ?? 'undated') === year).map((record) => `${base}documents/${record.id}/`);
      expect(listed).toEqual(expected);
    }
  });

  test("each year page's description counts its documents in words that agree with the number", () => {
    for (const year of years) {
      const count = records.filter((record) => (record.date?.slice(0, 4) ?? 'undated') === year).length;
      const description = page(fileForPath(`${base}chronology/${year}/`)!)
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
      expect(description, year).toMatch(new RegExp(`^${count} ${count === 1 ? 'document' : 'documents'} `));
    }
  });

  test('the index links every year', () => {
    const links = page('chronology/index.html')
      .querySelectorAll('main .year-overview h2 a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(years.map((year) => `${base}chronology/${year}/`));
  });
});

describe('the document page body', () => {
  test.each(documentIds())('%s: renders mentions and cross-references only as links to existing kinds of page', (id) => {
    const root = page(`documents/${id}/index.html`);
    for (const mention of root.querySelectorAll('.document-body a.mention')) {
      expect(mention.getAttribute('href')).toMatch(new RegExp(`^${base}(people|places)/[a-z0-9-]+/$`));
    }
    for (const xref of root.querySelectorAll('a.xref:not(.unresolved)')) {
      expect(xref.getAttribute('href')).toMatch(new RegExp(`^${base}documents/[^/]+/(#(page|fn|b)-.+)?$`));
      const tip = xref.querySelector('.xref-tip');
      if (tip) expect(tip.getAttribute('role')).toBe('tooltip');
    }
  });
});

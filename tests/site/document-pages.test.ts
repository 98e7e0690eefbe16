import { describe, expect, test } from 'vitest';
import type { EditionDocument } from '../../src/lib/schemas/document.ts';
import { base, documentIds, fields, fileForPath, ids, json, page, text } from './site.ts';

const pageOf = (id: string) => `documents/${id}/index.html`;
const ID_LIST = documentIds();

describe('every document page', () => {
  test('exists for every document of the open data', () => {
    expect(ID_LIST.length).toBeGreaterThan(0);
    for (const id of ID_LIST) expect(fileForPath(`${base}documents/${id}/`), id).toBe(pageOf(id));
  });

  test.each(ID_LIST)('%s: every in-page link (#…) resolves to an element id', (id) => {
    const root = page(pageOf(id));
    const known = ids(root);
    const targets = root.querySelectorAll('a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1));
    for (const target of targets) expect(known, `#${target}`).toContain(decodeURIComponent(target));
  });

  test.each(ID_LIST)('%s: no id is used twice', (id) => {
    const all = page(pageOf(id)).querySelectorAll('[id]').map((element) => element.getAttribute('id'));
    expect(all.filter((value, index) => all.indexOf(value) !== index)).toEqual([]);
  });

  test.each(ID_LIST)('%s: every note marker links to its note, and the note links back', (id) => {
    const root = page(pageOf(id));
    const record = json<EditionDocument>(`data/documents/${id}.json`);
    const markers = root.querySelectorAll('sup.note-ref a[href^="#"]');
    const notes = root.querySelectorAll('li.note');
    expect(notes).toHaveLength(record.footnotes.length);
    // Each note shows the marker printed in the source, in order.
    expect(notes.map((note) => text(note.querySelector('.note-marker')))).toEqual(record.footnotes.map((note) => note.n));
    for (const marker of markers) {
      const note = root.getElementById(marker.getAttribute('href')!.slice(1));
      expect(note?.classList.contains('note'), `${marker.toString()} → a note`).toBe(true);
      expect(text(note!.querySelector('.note-marker'))).toBe(text(marker));
      const back = note!.querySelector('a.note-marker');
      expect(back, `note ${text(marker)} links back`).not.toBeNull();
      expect(back!.getAttribute('href')).toBe(`#${marker.getAttribute('id')}`);
    }
    for (const back of root.querySelectorAll('li.note a.note-marker')) {
      const marker = root.getElementById(back.getAttribute('href')!.slice(1));
      expect(marker?.tagName, `${back.toString()} → its marker`).toBe('A');
      expect(marker!.getAttribute('href')).toBe(`#${back.closest('li')!.getAttribute('id')}`);
    }
  });

  test.each(ID_LIST)('%s: every printed page break has its #page-N anchor, shown apart from the text', (id) => {
    const root = page(pageOf(id));
    const { pageBreaks } = json<EditionDocument>(`data/documents/${id}.json`);
    for (const pageNumber of pageBreaks) {
      const anchor = root.getElementById(`page-${pageNumber}`);
      expect(anchor, `#page-${pageNumber}`).not.toBeNull();
      expect(anchor!.classList.contains('page-break')).toBe(true);
      expect(anchor!.getAttribute('data-page')).toBe(pageNumber);
      expect(anchor!.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
    expect(root.querySelectorAll('.document-body .page-break')).toHaveLength(pageBreaks.length);
  });

  test.each(ID_LIST)('%s: links to other pages of the site resolve', (id) => {
    const root = page(pageOf(id));
    // People, places and search pages are built by other parts of the project; these links are checked once they exist.
    const owned = /^(documents|chronology|data|about)\/|^$/;
    for (const a of root.querySelectorAll('a[href^="/"]')) {
      const href = a.getAttribute('href')!;
      const inside = href.slice(base.length).split('#')[0];
      if (!owned.test(inside)) continue;
      const file = fileForPath(href);
      expect(file, href).not.toBeNull();
      const fragment = href.split('#')[1];
      if (fragment && file!.endsWith('.html')) expect(ids(page(file!)), href).toContain(fragment);
    }
  });

  test.each(ID_LIST)('%s: Pagefind indexes the document only, with its metadata, filters and date sort', (id) => {
    const root = page(pageOf(id));
    const record = json<EditionDocument>(`data/documents/${id}.json`);
    const indexed = root.querySelectorAll('[data-pagefind-body]');
    expect(indexed).toHaveLength(1);
    expect(indexed[0].tagName).toBe('MAIN');
    const article = root.querySelector('article.document')!;
    const attr = (spec: string, key: string) => {
      const match = (article.getAttribute(spec) ?? '').split(/,\s*/).find((part) => part.startsWith(`${key}[`));
      return match ? article.getAttribute(match.slice(key.length + 1, -1)) : undefined;
    };
    expect(attr('data-pagefind-meta', 'title')).toBeTruthy();
    expect(attr('data-pagefind-meta', 'date')).toBeTruthy();
    expect(attr('data-pagefind-filter', 'year')).toBe(record.date ? record.date.slice(0, 4) : 'Undated');
    expect(attr('data-pagefind-filter', 'type')?.toLowerCase()).toBe(record.type.replace('aide-memoire', 'aide-mémoire'));
    expect(attr('data-pagefind-meta', 'title')).toBe(text(root.querySelector('title')).split(' · ')[0]);
    expect(attr('data-pagefind-sort', 'date')).toBe(record.date ?? 'undated');
    if (record.fileNumber) expect(attr('data-pagefind-meta', 'file')).toBe(record.fileNumber);
    if (record.classification) expect(attr('data-pagefind-filter', 'classification')).toBe(record.classification);
    if (record.from) expect(attr('data-pagefind-filter', 'sender')).toContain(record.from.name ?? record.from.role);
    if (record.to) expect(attr('data-pagefind-filter', 'recipient')).toContain(record.to.name ?? record.to.role);
    // Navigation inside main is kept out of the index.
    for (const selector of ['.prev-next', '.cite-box', '.breadcrumbs']) {
      const element = root.querySelector(`main ${selector}`);
      if (element) expect(element.hasAttribute('data-pagefind-ignore'), selector).toBe(true);
    }
  });

  test.each(ID_LIST)('%s: offers its raw transcription, its JSON and a citation with its address', (id) => {
    const root = page(pageOf(id));
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${base}documents/${id}.txt`);
    expect(hrefs).toContain(`${base}data/documents/${id}.json`);
    const citation = text(root.querySelector('.cite-box .citation'));
    expect(citation).toContain(`documents/${id}/`);
    expect(citation).toContain(text(root.querySelector('.site-title')));
  });
});

describe('the header block', () => {
  const header = (id: string) => fields(page(pageOf(id)).querySelector('.document-header dl.doc-fields'));

  test('shows the parsed fields of a telegram (seed 001)', () => {
    const f = header('1937-12-21-henderson-333');
    expect(text(f.get('Type'))).toBe('Telegram');
    expect(text(f.get('Source note'))).toContain('793.94/11763: Telegram');
    expect(text(f.get('File number'))).toBe('793.94/11763');
    expect(text(f.get('From'))).toBe('Henderson, Chargé in the Soviet Union');
    expect(text(f.get('To'))).toBe('Secretary of State');
    expect(text(f.get('Place'))).toBe('Moscow');
    expect(text(f.get('Date'))).toContain('December 21, 1937—2 p.m.');
    expect(f.get('Date')!.querySelector('time')!.getAttribute('datetime')).toBe('1937-12-21T14:00');
    expect(text(f.get('Received'))).toBe('3:11 p.m.');
    expect(text(f.get('Telegram number'))).toBe('333');
    expect(text(f.get('Signature'))).toBe('Henderson');
    expect(text(page(pageOf('1937-12-21-henderson-333')).querySelector('h1'))).toBe('The Chargé in the Soviet Union (Henderson) to the Secretary of State');
  });

  test('marks values the editors supplied and shows their note (seed 000, no dateline)', () => {
    const root = page(pageOf('1940-10-steinhardt-1390'));
    const f = header('1940-10-steinhardt-1390');
    expect(text(f.get('Date'))).toContain('[October 1940]');
    expect(text(f.get('Date'))).toContain('supplied by the editor');
    expect(text(f.get('Place'))).toContain('[Moscow]');
    expect(text(root.querySelector('#editorial-note'))).toContain('The transcription lost the telegram');
    // A value the source gives is not flagged.
    expect(text(f.get('Telegram number'))).toBe('1390');
  });

  test('strikes through a struck classification and lists participants and subject (seed 003)', () => {
    const f = header('1944-06-10-harriman-stalin');
    const classification = f.get('Classification')!;
    expect(text(classification.querySelector('s'))).toBe('SECRET');
    expect(text(f.get('Subject'))).toBe('Situation in China');
    expect(f.get('Present')!.querySelectorAll('li').map((li) => text(li))).toContain('Marshal Stalin');
    expect(text(f.get('Date'))).toContain('June 10, 1944');
    expect(text(f.get('Place'))).toBe('The Kremlin');
  });

  test('links a note marker printed after the heading to its note and back (seed 004)', () => {
    const root = page(pageOf('1946-03-25-chungking-456'));
    const marker = root.querySelector('h1 sup.note-ref a')!;
    expect(marker.getAttribute('href')).toBe('#fn-1');
    expect(root.querySelector('#fn-1 a.note-marker')!.getAttribute('href')).toBe(`#${marker.getAttribute('id')}`);
    expect(text(header('1946-03-25-chungking-456').get('Classification'))).toBe('SECRET');
    expect(header('1946-03-25-chungking-456').get('Classification')!.querySelector('s')).toBeNull();
  });
});

describe('the source and provenance box', () => {
  test('keeps the archival source and every furniture line of the scan (seed 003)', () => {
    const id = '1944-06-10-harriman-stalin';
    const box = page(pageOf(id)).querySelector('.provenance')!;
    const record = json<EditionDocument>(`data/documents/${id}.json`);
    expect(text(box)).toContain('Library of Congress');
    expect(record.provenance.furniture.length).toBeGreaterThan(0);
    const lines = box.querySelectorAll('.furniture li .furniture-text').map((li) => li.text);
    expect(lines).toEqual(record.provenance.furniture.map((line) => line.text));
  });

  test.each(ID_LIST)('%s: shows every parser warning with its line', (id) => {
    const record = json<EditionDocument>(`data/documents/${id}.json`);
    const shown = page(pageOf(id)).querySelectorAll('.provenance .warnings li').map((li) => text(li));
    expect(shown).toHaveLength(record.warnings.length);
    record.warnings.forEach((warning, index) => expect(shown[index]).toContain(warning.message));
  });
});

describe('the text', () => {
  test('keeps paragraph labels as printed and indents sub-paragraphs (seed 002)', () => {
    const root = page(pageOf('1938-01-henderson-35'));
    const labels = root.querySelectorAll('.document-body .para-label').map((label) => text(label));
    expect(labels).toEqual(expect.arrayContaining(['1.', '(a)', '(b)']));
    expect(root.querySelectorAll('.document-body p.depth-1').length).toBeGreaterThan(0);
  });

  test('sets editorial queries apart from the words of the document (seed 000)', () => {
    const root = page(pageOf('1940-10-steinhardt-1390'));
    const queries = root.querySelectorAll('.document-body .emendation.query').map((span) => text(span));
    expect(queries).toEqual(['[find?]', '[Vyshinsky?]']);
    expect(root.querySelector('.legend')).not.toBeNull();
  });

  test('sets the signature as a signature line (seed 001)', () => {
    const root = page(pageOf('1937-12-21-henderson-333'));
    expect(text(root.querySelector('.document-body p.signature'))).toBe('Henderson');
  });
});

describe('previous and next', () => {
  test('follow the chronological order of the open data', () => {
    ID_LIST.forEach((id, index) => {
      const nav = page(pageOf(id)).querySelector('nav.prev-next');
      const prev = nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null;
      const next = nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null;
      expect(prev).toBe(index > 0 ? `${base}documents/${ID_LIST[index - 1]}/` : null);
      expect(next).toBe(index < ID_LIST.length - 1 ? `${base}documents/${ID_LIST[index + 1]}/` : null);
    });
  });
});

import { describe, expect, test } from 'vitest';
import type { EditionDocument } from '../../src/core/schemas/document.ts';
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
    const all = page(pageOf(id))
      .querySelectorAll('[id]')
      .map((element) => element.getAttribute('id'));
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
    const owned = /^(documents|chronology|data|about|volumes)\/|^$/;
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

  test.each(ID_LIST)('%s: offers its raw transcription, its JSON, its citation files and a citation without a bare path', (id) => {
    const root = page(pageOf(id));
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const file of [`documents/${id}.txt`, `data/documents/${id}.json`, `data/documents/${id}.bib`, `data/documents/${id}.ris`, `data/documents/${id}.csl.json`]) {
      expect(hrefs).toContain(`${base}${file}`);
      expect(fileForPath(`${base}${file}`), file).not.toBeNull();
    }
    for (const citation of root.querySelectorAll('.cite-box .citation').map(text)) {
      // The site is built without an address: the citation names the edition, never a path of it.
      expect(citation).not.toContain(`documents/${id}/`);
      expect(citation).toContain(text(root.querySelector('.site-title')));
    }
  });
});

describe('the opening', () => {
  const root = (id: string) => page(pageOf(id));
  const data = (id: string) => fields(root(id).querySelector('details.document-data dl.doc-fields'));

  test('reads like a printed edition: heading, dateline, source note, then the text (seed 001)', () => {
    const header = root('1937-12-21-henderson-333').querySelector('header.document-header')!;
    expect(text(header.querySelector('h1'))).toBe('The Chargé in the Soviet Union (Henderson) to the Secretary of State');
    expect(text(header.querySelector('.dateline'))).toBe('Moscow, December 21, 1937—2 p.m. [Received 3:11 p.m.]');
    expect(header.querySelector('.dateline time')!.getAttribute('datetime')).toBe('1937-12-21T14:00');
    expect(text(header.querySelector('.source-note'))).toBe('793.94/11763: Telegram');
    expect(text(header.querySelector('.doc-kicker'))).toBe('Telegram · pp. 827–828');
    // No field table before the text: the text comes right after the opening.
    expect(header.nextElementSibling?.classList.contains('document-body')).toBe(true);
    expect(header.querySelectorAll('dl')).toHaveLength(0);
  });

  test('folds every parsed field away under "Document data" (seed 001)', () => {
    const details = root('1937-12-21-henderson-333').querySelector('details.document-data')!;
    expect(text(details.querySelector('summary'))).toBe('Document data');
    expect(details.hasAttribute('open')).toBe(false);
    const f = data('1937-12-21-henderson-333');
    expect(text(f.get('Type'))).toBe('Telegram');
    expect(text(f.get('Source note'))).toBe('793.94/11763: Telegram');
    expect(text(f.get('File number'))).toBe('793.94/11763');
    expect(text(f.get('From'))).toBe('Henderson, Chargé in the Soviet Union');
    expect(text(f.get('To'))).toBe('Secretary of State');
    expect(text(f.get('Place'))).toBe('Moscow');
    expect(text(f.get('Date as printed'))).toBe('December 21, 1937—2 p.m.');
    expect(f.get('Date')!.querySelector('time')!.getAttribute('datetime')).toBe('1937-12-21T14:00');
    expect(text(f.get('Received'))).toBe('3:11 p.m.');
    expect(text(f.get('Serial number'))).toBe('333');
    expect(text(f.get('Signature'))).toBe('Henderson');
  });

  test('brackets the values the editors supplied, says where it is printed, and gives their note (seed 000, no dateline)', () => {
    const page000 = root('1940-10-steinhardt-1390');
    const dateline = text(page000.querySelector('.dateline'));
    expect(dateline).toContain('[Moscow]');
    expect(dateline).toContain('[October 1940]');
    expect(dateline).toContain('supplied by the editor');
    expect(page000.querySelector('.dateline a[href="#editorial-note"]')).not.toBeNull();
    expect(text(page000.querySelector('#editorial-note'))).toContain('The transcription lost the telegram');
    expect(text(page000.querySelector('.doc-kicker'))).toBe('Telegram · FRUS 1940 · pp. 667–669');
    expect(text(fields(page000.querySelector('.provenance dl')).get('Printed in'))).toContain('[Foreign Relations of the United States, 1940, pp. 667–669]');
    expect(text(page000.querySelector('.cite-box [data-citation="note"]'))).toMatch(/in Foreign Relations of the United States, 1940, .*, 667–69, 761\.94\/1230\.$/);
    // A value the source gives is not bracketed.
    expect(text(data('1940-10-steinhardt-1390').get('Serial number'))).toBe('1390');
  });

  test('a conversation: struck classification, those present linked to the index, the subject; one title on the page and in lists (seed 003)', () => {
    const id = '1944-06-10-harriman-stalin';
    const header = root(id).querySelector('header.document-header')!;
    expect(text(header.querySelector('.doc-classification s'))).toBe('SECRET');
    expect(text(header.querySelector('.subject'))).toBe('Subject: Situation in China');
    expect(text(header.querySelector('.dateline'))).toBe('The Kremlin, June 10, 1944');
    const present = header.querySelectorAll('.present li');
    expect(present.map((li) => text(li))).toContain('Marshal Stalin');
    expect(present.map((li) => li.getAttribute('id'))).toEqual(present.map((_, index) => `present-${index + 1}`));
    const linked = header.querySelectorAll('.present a.mention').map((a) => a.getAttribute('href'));
    expect(linked).toEqual(['harriman', 'stalin', 'molotov', 'edward-page', 'pavlov'].map((person) => `${base}people/${person}/`));
    // The heading is the title the lists, the tab and the search results give.
    const title = text(header.querySelector('h1'));
    expect(title).toBe('Conversation: Situation in China');
    expect(text(root(id).querySelector('title')).split(' · ')[0]).toBe(title);
    const home = page('index.html').querySelector(`main a.doc-title[href="${base}documents/${id}/"]`);
    expect(text(home)).toBe(title);
    // Pavlov is named only in the Present list: he is among the document's people all the same.
    const people = root(id)
      .querySelectorAll('.related-columns a')
      .map((a) => a.getAttribute('href'));
    expect(people).toContain(`${base}people/pavlov/`);
  });

  test('links a note marker printed after the heading to its note and back (seed 004)', () => {
    const page004 = root('1946-03-25-chungking-456');
    const marker = page004.querySelector('h1 sup.note-ref a')!;
    expect(marker.getAttribute('href')).toBe('#fn-1');
    expect(page004.querySelector('#fn-1 a.note-marker')!.getAttribute('href')).toBe(`#${marker.getAttribute('id')}`);
    expect(text(page004.querySelector('.doc-classification'))).toBe('SECRET');
    expect(page004.querySelector('.doc-classification s')).toBeNull();
    expect(text(page004.querySelector('.header-number'))).toBe('No. 456');
  });

  test.each(ID_LIST)('%s: shows readers no path of the content folder', (id) => {
    const main = root(id).querySelector('main')!;
    expect(text(main)).not.toMatch(/documents\/\S+\.(ya?ml|txt)\b/);
    expect(main.querySelectorAll('code').map((code) => text(code))).not.toContainEqual(expect.stringMatching(/\.(ya?ml|txt)$/));
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
    const shown = page(pageOf(id))
      .querySelectorAll('.provenance .warnings li')
      .map((li) => text(li));
    expect(shown).toHaveLength(record.warnings.length);
    record.warnings.forEach((warning, index) => {
      expect(shown[index]).toContain(warning.message);
    });
  });
});

describe('the text', () => {
  test('keeps paragraph labels as printed and indents sub-paragraphs (seed 002)', () => {
    const root = page(pageOf('1938-01-henderson-35'));
    const labels = root.querySelectorAll('.document-body .para-label').map((label) => text(label));
    expect(labels).toEqual(expect.arrayContaining(['1.', '(a)', '(b)']));
    expect(root.querySelectorAll('.document-body p.depth-1').length).toBeGreaterThan(0);
  });

  test('sets editorial queries apart from the words of the document, and leaves the key to the method page (seed 000)', () => {
    const root = page(pageOf('1940-10-steinhardt-1390'));
    const queries = root.querySelectorAll('.document-body .emendation.query').map((span) => text(span));
    expect(queries).toEqual(['[find?]', '[Vyshinsky?]']);
    // Editorial brackets are never links.
    expect(root.querySelectorAll('.document-body a .emendation, .document-body a.emendation')).toHaveLength(0);
    expect(root.querySelector('.legend, .reading-key')).toBeNull();
    expect(page('about/index.html').querySelectorAll('.reading-key .emendation.query')).toHaveLength(1);
  });

  test('links the post a heading in capitals is from (seed 004: FROM CHUNGKING TO FOREIGN OFFICE)', () => {
    const heading = page(pageOf('1946-03-25-chungking-456')).querySelector('#document-title')!;
    expect(heading.querySelectorAll('a.mention').map((a) => [text(a), a.getAttribute('href')])).toEqual([['CHUNGKING', `${base}places/chungking/`]]);
    expect(text(heading)).toMatch(/^FROM CHUNGKING TO FOREIGN OFFICE/);
  });

  test('sets the signature as a signature line (seed 001)', () => {
    const root = page(pageOf('1937-12-21-henderson-333'));
    expect(text(root.querySelector('.document-body p.signature'))).toBe('Henderson');
  });
});

describe('links in the text', () => {
  test.each(ID_LIST)('%s: a person or place is a link the first time the text (and the notes) name them, later only an anchor', (id) => {
    const root = page(pageOf(id));
    // Those present at a conversation, and the post a heading is from, are linked above the text, so not again in it.
    const present = root.querySelectorAll('.present a.mention, #document-title a.mention').map((a) => a.getAttribute('data-entity'));
    for (const entity of present) expect(root.querySelector(`.document-body a.mention[data-entity="${entity}"]`), entity!).toBeNull();
    for (const part of ['.document-body', '.document-notes']) {
      const links = root.querySelectorAll(`${part} a.mention`).map((a) => a.getAttribute('data-entity'));
      expect(new Set(links).size, part).toBe(links.length);
      // Later mentions keep their anchor (index pages link to it) but are no Tab stop.
      const linkedBefore = part === '.document-body' ? [...present, ...links] : links;
      for (const mention of root.querySelectorAll(`${part} span.mention`)) {
        expect(mention.getAttribute('id')).toMatch(/^m-\d+$/);
        expect(linkedBefore).toContain(mention.getAttribute('data-entity'));
      }
    }
  });

  test.each(ID_LIST)('%s: each reference the edition cannot follow leads to its entry in the list of references, which says why', (id) => {
    const root = page(pageOf(id));
    for (const xref of root.querySelectorAll('a.xref.unresolved')) {
      const entry = root.getElementById(xref.getAttribute('href')!.slice(1));
      expect(entry?.closest('.reference-list'), xref.toString()).not.toBeNull();
      const reason = text(entry!.querySelector('.reference-reason'));
      expect(reason).not.toBe('');
      // The same reason is its tip on hover and focus, tied to it for screen readers.
      const tip = root.getElementById(xref.getAttribute('aria-describedby')!);
      expect(text(tip)).toBe(reason);
      expect(entry!.querySelector(`a[href="#${xref.getAttribute('id')}"]`), 'links back').not.toBeNull();
    }
  });
});

describe('previous and next', () => {
  test('follow the printed order, the order of the files, dated or not', () => {
    const records = json<{ documents: EditionDocument[] }>('data/edition.json').documents;
    const printed = [...records].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1)).map((record) => record.id);
    printed.forEach((id, index) => {
      const nav = page(pageOf(id)).querySelector('nav.prev-next');
      const prev = nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null;
      const next = nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null;
      expect(prev).toBe(index > 0 ? `${base}documents/${printed[index - 1]}/` : null);
      expect(next).toBe(index < printed.length - 1 ? `${base}documents/${printed[index + 1]}/` : null);
    });
  });
});

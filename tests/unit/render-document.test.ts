import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { renderDocument, type RenderLinks } from '../../src/core/render/render-document.ts';

const edition = buildEdition(readContent(new URL('../../content/', import.meta.url).pathname));
const links: RenderLinks = {
  entity: (kind, id) => `/${kind}/${id}/`,
  reference: (reference) => (reference.target ? `/documents/${reference.target}/` : null),
  describe: () => null,
};

describe('renderDocument', () => {
  test.each(edition.documents.map((entry) => entry.id))('%s: every mention and reference found is marked in the HTML', (id) => {
    const entry = edition.documents.find((document) => document.id === id)!;
    const { bodyHtml, notesHtml } = renderDocument(entry, links);
    const html = bodyHtml + notesHtml;
    expect(html.match(/class="mention /g)?.length ?? 0).toBe(entry.mentions.length);
    expect(html.match(/class="xref[ "]/g)?.length ?? 0).toBe(entry.references.length);
  });

  test.each(edition.documents.map((entry) => entry.id))('%s: links each person and place once in the text and once in the notes', (id) => {
    const entry = edition.documents.find((document) => document.id === id)!;
    const { bodyHtml, notesHtml } = renderDocument(entry, links);
    for (const [html, part] of [
      [bodyHtml, 'body'],
      [notesHtml, 'note'],
    ] as const) {
      const linked = [...html.matchAll(/<a href="\/(person|place)\/([^/]+)\/"/g)].map((match) => `${match[1]}:${match[2]}`);
      const named = new Set(entry.mentions.filter((mention) => mention.part === part).map((mention) => `${mention.kind}:${mention.id}`));
      expect(linked.sort()).toEqual([...named].sort());
    }
  });

  test('people linked above the text (a conversation’s participants) are not linked again in it', () => {
    const entry = edition.documents.find((document) => document.id === '1944-06-10-harriman-stalin')!;
    const { bodyHtml } = renderDocument(entry, links, { linkedAbove: new Set(['person:stalin']) });
    expect(bodyHtml).not.toContain('href="/person/stalin/"');
    expect(bodyHtml).toMatch(/<span class="mention person" id="m-\d+" data-entity="stalin">/);
  });

  test('an unresolved reference leads to its entry in the page’s list of references, its reason as its tip', () => {
    const entry = edition.documents.find((document) => document.references.some((reference) => !reference.target))!;
    const index = entry.references.findIndex((reference) => !reference.target);
    const { bodyHtml, notesHtml } = renderDocument(entry, links);
    const html = bodyHtml + notesHtml;
    expect(html).toContain(`<a href="#reference-${index + 1}" class="xref unresolved" id="ref-${index + 1}" aria-describedby="ref-${index + 1}-tip">`);
    expect(html).toMatch(new RegExp(`id="ref-${index + 1}-tip" role="tooltip" data-pagefind-ignore="">(Not|Printed)`));
  });

  test('mention anchors are numbered in document order and unique', () => {
    const entry = edition.documents.find((document) => document.id === '1940-10-steinhardt-1390')!;
    const { bodyHtml, notesHtml } = renderDocument(entry, links);
    const ids = [...(bodyHtml + notesHtml).matchAll(/id="(m-\d+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(entry.mentions.map((_mention, index) => `m-${index + 1}`));
  });

  test('document text is escaped, never markup', () => {
    const entry = structuredClone(edition.documents[0]);
    entry.parsed.body = [{ depth: 0, line: 1, content: [{ type: 'text', value: '<script>alert(1)</script> & <b>x</b>' }] }];
    entry.mentions = [];
    entry.references = [];
    const { bodyHtml } = renderDocument(entry, links);
    expect(bodyHtml).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>x&#x3C;/b>');
    expect(bodyHtml).not.toContain('<script');
  });

  test.each(edition.documents.map((entry) => entry.id))('%s: returns every id it made, in the order of the HTML', (id) => {
    const entry = edition.documents.find((document) => document.id === id)!;
    const { bodyHtml, notesHtml, bodyIds, notesIds } = renderDocument(entry, links);
    const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(bodyIds).toEqual(idsIn(bodyHtml));
    expect(notesIds).toEqual(idsIn(notesHtml));
    expect(new Set(bodyIds).size).toBe(bodyIds.length);
  });

  test('each annotation of the body is presented by its handler, as its doc comment shows', () => {
    const entry = structuredClone(edition.documents[0]);
    entry.parsed.body = [
      {
        depth: 0,
        line: 12,
        content: [
          { type: 'text', value: 'As of' },
          { type: 'noteRef', note: 0, n: '85' },
          { type: 'text', value: ' today ' },
          { type: 'pageBreak', page: '668' },
          { type: 'text', value: ' the ' },
          { type: 'emendation', value: 'find?', query: true },
        ],
      },
    ];
    entry.mentions = [];
    entry.references = [];
    expect(renderDocument(entry, links).bodyHtml).toBe(
      '<p class="block" id="b-12" data-line="12">As of<sup class="note-ref"><a href="#fn-1" id="fnref-1" aria-label="Note 85" data-pagefind-ignore="">85</a></sup> today ' +
        '<span class="page-break" id="page-668" data-page="668" data-pagefind-ignore="">[Page 668]</span> the ' +
        '<span class="emendation query" title="Editorial query">[find?]</span></p>',
    );
  });
});

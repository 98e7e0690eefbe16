/**
 * The editor's review page as one standalone HTML file: a summary, then each
 * document that has something to review, with its warnings, the references
 * the edition does not follow and why, its unindexed names with counts and
 * its sidecar's values in force, each linked to the document page at the
 * paragraph of its line. Built as a hast tree (hastscript) and serialized by
 * hast-util-to-html, so every word from a document is text, never markup.
 * The same page is `/review/` in `npm run dev` and `npm run ingest --
 * --report <file>`.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { needsReview, type ReviewData, type ReviewDocument, type ReviewLocation } from './review-data.ts';

export interface ReviewPageOptions {
  /** The edition's title, for the page's heading. */
  editionTitle: string;
  /** The address of a document's page, with `#anchor` when given. */
  documentUrl: (id: string, anchor: string | null) => string;
  /** Where the report was made from (the content folder), shown under the heading. */
  contentLabel: string;
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; border-top: 1px solid #ccc; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #e0a100; outline-offset: 2px; }
.meta, .where { color: #555; font-size: .9rem; }
.where { font-family: ui-monospace, monospace; white-space: nowrap; }
table.totals { border-collapse: collapse; margin: 1rem 0; }
table.totals th, table.totals td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; }
table.totals td { text-align: right; font-variant-numeric: tabular-nums; }
ul { padding-left: 1.25rem; }
li { margin: .2rem 0; }
.kind { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: .6rem; background: #eee; }
.kind.ambiguous { background: #fff0c2; }
.kind.unresolved { background: #fde2e1; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
`;

/** The review page as a hast tree (a whole HTML document). */
export function reviewPage(data: ReviewData, options: ReviewPageOptions): Root {
  const reviewed = data.documents.filter(needsReview);
  const clean = data.documents.length - reviewed.length;
  const { totals } = data;
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('title', `Editor’s review — ${options.editionTitle}`),
          h('style', STYLE),
        ]),
        h('body', [
          h('header', [
            h('h1', `Editor’s review: ${options.editionTitle}`),
            h('p.meta', [`Made from `, h('code', options.contentLabel), `. Each entry links to the document page at the paragraph of its line.`]),
          ]),
          h('main', [
            h('table.totals', { 'aria-label': 'What there is to review' }, [
              h('tbody', [
                row('Documents', totals.documents),
                row('with something to review', reviewed.length),
                row('Parser warnings', totals.warnings),
                row('Unresolved references', totals.unresolved),
                row('Ambiguous references', totals.ambiguous),
                row('Unindexed names (occurrences)', totals.unindexed),
                row('Sidecar values in force', totals.sidecarValues),
              ]),
            ]),
            ...(data.problems.length > 0
              ? [
                  h('section.edition-problems', { 'aria-labelledby': 'edition-problems' }, [
                    h('h2#edition-problems', 'The edition’s files'),
                    h(
                      'ul',
                      data.problems.map((problem) => h('li', h('code', problem))),
                    ),
                  ]),
                ]
              : []),
            ...(reviewed.length > 0
              ? [
                  h('nav', { 'aria-label': 'Documents to review' }, [
                    h('h2', 'Documents to review'),
                    h(
                      'ol.toc',
                      reviewed.map((document) => h('li', [h('a', { href: `#review-${document.id}` }, document.id), ` — ${document.title}`])),
                    ),
                  ]),
                ]
              : []),
            ...reviewed.map((document) => documentSection(document, options)),
            h('p.meta', clean === 0 ? 'Every document has something to review.' : `${clean} other ${clean === 1 ? 'document has' : 'documents have'} nothing to review.`),
          ]),
        ]),
      ]),
    ],
  };
}

/** The review page serialized: a standalone HTML file, styles inline, no script. */
export function reviewPageHtml(data: ReviewData, options: ReviewPageOptions): string {
  return `${toHtml(reviewPage(data, options))}\n`;
}

function row(label: string, count: number): Element {
  return h('tr', [h('th', { scope: 'row' }, label), h('td', String(count))]);
}

function documentSection(document: ReviewDocument, options: ReviewPageOptions): Element {
  const link = (where: ReviewLocation) => whereLink(document.id, where, options);
  const headingId = `review-${document.id}`;
  const parts: Element[] = [h('h2', { id: headingId }, [h('a', { href: options.documentUrl(document.id, null) }, document.title)]), h('p.meta', [h('code', document.sourceFile), ` · ${document.id}`])];
  if (document.warnings.length > 0) {
    parts.push(
      h('h3', `Parser warnings (${document.warnings.length})`),
      h(
        'ul.warnings',
        document.warnings.map((warning) => h('li', [link(warning.where), ' ', warning.message])),
      ),
    );
  }
  if (document.references.length > 0) {
    parts.push(
      h('h3', `References not followed (${document.references.length})`),
      h(
        'ul.references',
        document.references.map((reference) =>
          h('li', [
            link(reference.where),
            ' ',
            h(`span.kind.${reference.kind}`, reference.kind),
            ' “',
            reference.text,
            '”: ',
            reference.reason,
            ...(reference.candidates.length > 0
              ? [' Candidates: ', ...reference.candidates.flatMap((candidate, at) => [...(at > 0 ? ['; '] : []), h('a', { href: options.documentUrl(candidate.id, null) }, candidate.title)])]
              : []),
          ]),
        ),
      ),
    );
  }
  if (document.unindexed.length > 0) {
    parts.push(
      h('h3', `Unindexed names (${document.unindexed.length})`),
      h(
        'ul.unindexed',
        document.unindexed.map((name) => h('li', [h('strong', name.text), ` ×${name.count}: `, ...name.where.flatMap((where, at) => [...(at > 0 ? [', '] : []), link(where)])])),
      ),
    );
  }
  if (document.sidecar.length > 0) {
    parts.push(
      h('h3', `Sidecar values in force (${document.sidecar.length})`),
      h(
        'ul.sidecar',
        document.sidecar.map((value) => h('li', [link(value.where), ' ', h('code', value.field), ': ', value.value])),
      ),
    );
  }
  return h('section.review-document', { 'aria-labelledby': headingId }, parts);
}

/** `file:line`, linked to the document page at the paragraph of that line (or its top). */
function whereLink(id: string, where: ReviewLocation, options: ReviewPageOptions): Element {
  const label = where.line > 0 ? `${where.file}:${where.line}` : where.file;
  return h('a.where', { href: options.documentUrl(id, where.anchor) }, label);
}

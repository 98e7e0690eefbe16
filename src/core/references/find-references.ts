import type { LocatedReference } from '../model/text-spans.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { flattenInlines, locateInInline, noteAfter, withoutMarks, type FlatText } from './flat-text.ts';
import { completeCitedDate, type CitedDate } from './reference-dates.ts';
import { recognizePageRefs, type CitedWork, type RecognizedPageRef } from './recognize-page-refs.ts';
import { recognizeTelegramRefs, type RecognizedDocumentRef } from './recognize-telegram-refs.ts';

/**
 * Finds references to other documents and pages in a document's body and
 * notes, each located as a span of one inline for the renderer. Pure.
 *
 * Body: telegrams, despatches, notes and letters cited by owner, number and
 * date (`my 1307, October 8, 5 p.m., and 1373, …` → two references), each
 * with the note whose marker follows it (`annotatedBy`). Notes: the same, plus
 * the editors' page references (`Ante, p. 568`, `Vol. iii, p. 232`,
 * `August 18, 1 p.m., p. 174`), "supra"/"infra" and "Not printed"; a
 * telegram described in the clause of a page reference becomes one reference
 * with both (`telegram No. 137, August 23, 6 p.m., from the Ambassador in
 * Argentina, p. 180`).
 *
 * Dates get the year of the citing document when they print none
 * (reference-dates.ts); targets are set later, by `resolveReferences`.
 */
export function findReferences(parsed: ParsedDocument): LocatedReference[] {
  const found: LocatedReference[] = [];
  parsed.body.forEach((block, index) => {
    if (block.role) return;
    const flat = flattenInlines(block.content);
    for (const ref of recognizeTelegramRefs(flat.text)) {
      const annotatedBy = noteAfter(flat, ref.end) ?? (ref.listEnd !== ref.end ? noteAfter(flat, ref.listEnd) : null);
      const located = fromDocumentRef(flat, ref, { part: 'body', index }, parsed.date, false);
      if (located) found.push({ ...located, annotatedBy });
    }
  });
  let cited: CitedWork | null = null;
  parsed.footnotes.forEach((note, index) => {
    const flat = flattenInlines(note.content);
    const pageResult = recognizePageRefs(flat.text, cited);
    cited = pageResult.cited;
    found.push(...noteReferences(flat, recognizeTelegramRefs(flat.text), pageResult.refs, index, parsed.date));
  });
  return found;
}

interface Where {
  part: 'body' | 'note';
  index: number;
}

/** A located reference with every field at its default, for the recognizers' results to fill in. */
function blank(text: string, span: LocatedReference['span'], where: Where): LocatedReference {
  return {
    text,
    kind: 'other',
    target: null,
    in: where.part === 'body' ? 'body' : 'footnote',
    number: null,
    date: null,
    owner: null,
    page: null,
    unresolvedReason: null,
    document: null,
    volume: null,
    addressee: null,
    position: null,
    footnote: null,
    paragraph: null,
    noteIndex: where.part === 'note' ? where.index : null,
    annotatedBy: null,
    resolvedBy: null,
    candidates: [],
    span,
  };
}

function located(flat: FlatText, start: number, end: number, where: Where): LocatedReference | null {
  const inInline = locateInInline(flat, start, end);
  if (!inInline) return null;
  const text = withoutMarks(flat.text.slice(start, end)).replace(/[\s,;:]+$/, '');
  return blank(text, { part: where.part, index: where.index, ...inInline }, where);
}

function fromDocumentRef(flat: FlatText, ref: RecognizedDocumentRef, where: Where, citingDate: string | null, forward: boolean): LocatedReference | null {
  const reference = located(flat, ref.start, ref.end, where);
  if (!reference) return null;
  return {
    ...reference,
    kind: ref.kind,
    number: ref.number,
    date: dateOf(ref.date, citingDate, forward),
    owner: ref.owner,
    addressee: ref.addressee,
    position: ref.position,
    paragraph: ref.paragraph,
  };
}

function dateOf(cited: CitedDate | null, citingDate: string | null, forward: boolean): string | null {
  return cited ? completeCitedDate(cited, citingDate, forward) : null;
}

/**
 * A note's references: page pointers, with the telegrams described in the
 * same clause folded into them when they pair one to one (`respectively`
 * lists pair in order); other telegrams stand alone.
 */
function noteReferences(flat: FlatText, documents: readonly RecognizedDocumentRef[], pointers: readonly RecognizedPageRef[], index: number, citingDate: string | null): LocatedReference[] {
  const where: Where = { part: 'note', index };
  const out: LocatedReference[] = [];
  const absorbed = new Set<RecognizedDocumentRef>();
  const pages = pointers.filter((pointer) => pointer.kind === 'page' || pointer.kind === 'document' || pointer.kind === 'other-volume');
  const groups = new Map<number, RecognizedPageRef[]>();
  for (const page of pages) groups.set(page.clauseStart, [...(groups.get(page.clauseStart) ?? []), page]);

  for (const [clauseStart, group] of groups) {
    const described = documents.filter((document) => document.start >= clauseStart && document.end <= group[0].pointerStart && !absorbed.has(document));
    const paired = described.length === group.length;
    group.forEach((page, item) => {
      const document = paired ? described[item] : null;
      if (document) absorbed.add(document);
      // One telegram and one page read as one reference; in lists each telegram keeps its own words.
      const span = document ? (group.length === 1 ? [document.start, page.end] : [document.start, document.end]) : [page.start, page.end];
      const reference = located(flat, span[0], span[1], where);
      if (!reference) return;
      // Several telegrams that do not pair with the pages leave the clause's number and date meaningless for each page.
      const vague = !paired && described.length > 1;
      out.push({
        ...reference,
        kind: page.kind,
        page: page.page,
        document: page.document,
        volume: page.volume,
        position: document?.position ?? page.position,
        number: document ? document.number : vague ? null : page.number,
        date: dateOf(document ? document.date : vague ? null : page.date, citingDate, true),
        owner: document ? document.owner : vague ? null : page.owner,
        addressee: document?.addressee ?? (vague ? null : page.addressee),
        paragraph: document?.paragraph ?? null,
        footnote: page.footnote,
      });
    });
  }

  for (const document of documents) {
    if (absorbed.has(document)) continue;
    const reference = fromDocumentRef(flat, document, where, citingDate, true);
    if (reference) out.push(reference);
  }
  for (const pointer of pointers) {
    if (pointer.kind === 'page' || pointer.kind === 'document' || pointer.kind === 'other-volume') continue;
    // "telegram No. 4, January 4, …, supra": the telegram reference already says where it stands.
    if (pointer.kind === 'other' && documents.some((document) => pointer.end > document.start && pointer.end <= document.end)) continue;
    const reference = located(flat, pointer.start, pointer.end, where);
    if (!reference) continue;
    out.push({
      ...reference,
      kind: pointer.kind,
      position: pointer.position,
      number: pointer.number,
      date: dateOf(pointer.date, citingDate, true),
      owner: pointer.owner,
      addressee: pointer.addressee,
      unresolvedReason: pointer.kind === 'not-printed' ? 'not printed' : null,
    });
  }
  return out.sort((a, b) => a.span.inline - b.span.inline || a.span.start - b.span.start);
}

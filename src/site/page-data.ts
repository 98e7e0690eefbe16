import { z } from 'zod';
import { documentSchema } from '../core/schemas/document.ts';
import { noteId, noteRefId } from '../core/model/anchors.ts';
import { renderDocument, referenceEntryId, referenceId, type RenderLinks } from '../core/render/render-document.ts';
import { describeReference } from '../core/references/describe-reference.ts';
import { referenceAnchor } from '../core/references/reference-anchor.ts';
import { buildThreads } from '../core/references/thread.ts';
import { buildExchanges, type ExchangePlace } from '../core/references/exchanges.ts';
import { reasonText } from '../core/references/reason-text.ts';
import { documentSpellings } from './search/document-spellings.ts';
import { displayDate, displayTitle, partyLabel } from '../core/model/display.ts';
import type { Edition } from '../core/edition/edition.ts';
import type { EditionEntry, LocatedReference } from '../core/model/edition.ts';

/** A short description of another document, for links between documents. */
export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  dateLabel: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/**
 * Everything a document page shows: the open-data record plus what the page
 * needs around it. The plain text and the references themselves are left out:
 * the page shows the body as rendered HTML, with each reference in it, and the
 * store every page's data travels in grows with each field (Astro bundles it
 * into its build; for 10,000 documents that costs memory).
 */
export const documentPageSchema = documentSchema.omit({ text: true, references: true }).extend({
  /** How many of the document's references point to a document of the edition, and how many do not. */
  referenceCounts: z.object({ resolved: z.number(), unresolved: z.number() }),
  displayTitle: z.string(),
  dateLabel: z.string(),
  year: z.string().nullable(),
  sourceExtra: z.array(z.string()),
  classificationStruck: z.boolean(),
  /** Every signature line, in order (`signedBy` is the last). */
  signatures: z.array(z.string()),
  editorialNote: z.string().nullable(),
  sidecarFile: z.string().nullable(),
  /** Note markers in the header: after which field, the printed marker and the note's anchor. */
  headerNotes: z.array(z.object({ field: z.string(), n: z.string(), anchor: z.string(), refId: z.string().nullable() })),
  notesHtml: z.string(),
  /** Position in file order and in chronological order. */
  fileOrder: z.number(),
  chronologicalIndex: z.number(),
  /** The documents before and after it in printed order (file order), dated or not. */
  previous: documentSummarySchema.nullable(),
  next: documentSummarySchema.nullable(),
  /** People named in the text, the notes or the header (a conversation's participants), with how often. */
  mentionedPeople: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
  mentionedPlaces: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
  /** Sender and recipient as the search filters give them: the index's name of the person, else the name printed, else the office. */
  senderName: z.string().nullable(),
  recipientName: z.string().nullable(),
  /** The serial number as the header prints it (`No. 456`, seed 004), when it is there rather than opening the text. */
  headerNumber: z.string().nullable(),
  /**
   * For a document without a date: the dates of the nearest dated documents
   * printed before and after it in its volume (within five places), which
   * place it without giving it a date, and how other documents cite it
   * ("my 142, June 8, 11 a.m."). Null for a dated document.
   */
  undatedContext: z.object({ before: documentSummarySchema.nullable(), after: documentSummarySchema.nullable(), citedAs: z.array(z.string()) }).nullable(),
  /**
   * The heading as shown, cut at the places of the index it names as a party
   * (`FROM CHUNGKING TO …`), each a link; one plain part when it names none
   * or the editor's sidecar replaced it.
   */
  titleParts: z.array(z.object({ text: z.string(), place: z.string().nullable() })),
  /** The "Present:" list, each line cut into its words and the people of the index it names (the first naming of each is a link). */
  participantParts: z.array(z.array(z.object({ text: z.string(), person: z.string().nullable(), link: z.boolean() }))),
  /**
   * Every reference in the text and notes, in order, for the page's list of
   * references: where it stands (`anchor` in the text, `note` marker), the
   * document it leads to (`target`, `href`) or, unresolved, why not and the
   * documents that fitted equally.
   */
  references: z.array(
    z.object({
      text: z.string(),
      anchor: z.string(),
      entry: z.string(),
      note: z.string().nullable(),
      target: documentSummarySchema.nullable(),
      /** What the target is, in one line (`Telegram No. 89 · May 22, 1934—3 p.m. · Gilbert (Consul at Geneva) → Secretary of State`). */
      description: z.string().nullable(),
      href: z.string().nullable(),
      reason: z.string().nullable(),
      candidates: z.array(documentSummarySchema),
    }),
  ),
  /** Documents this one cites that are in the edition. */
  cites: z.array(documentSummarySchema.extend({ text: z.string() })),
  /** Documents of the edition that cite this one. */
  citedBy: z.array(documentSummarySchema.extend({ text: z.string() })),
  /**
   * The exchange this document belongs to, in chronological order: the
   * documents it cites in its text and those that cite it, transitively (up to
   * 25). `relation`: `this document`, `cited here`, `cites this`,
   * `cites and cited here` or `same exchange`; `current` marks this document.
   * Empty when no reference links it to another document.
   */
  thread: z.array(documentSummarySchema.extend({ relation: z.string(), current: z.boolean() })),
  /**
   * The whole exchange of telegrams the document belongs to, for its page
   * `/threads/<id>/` (references/exchanges.ts): its id and size, the
   * documents of it this one cites and that cite it (in the citing words),
   * and the opening words of the text. Null for a document in none.
   */
  exchange: z
    .object({
      id: z.string(),
      size: z.number(),
      cites: z.array(z.object({ id: z.string(), text: z.string() })),
      citedBy: z.array(z.object({ id: z.string(), text: z.string() })),
      opening: z.string(),
    })
    .nullable(),
  /** Spellings of the names of the people and places named here that the page lacks, for its search data (src/site/search/other-spellings.ts). */
  otherSpellings: z.array(z.object({ id: z.string(), name: z.string(), spelling: z.string().nullable(), others: z.array(z.string()) })),
});
export type DocumentPage = z.infer<typeof documentPageSchema>;

/** Site URLs, relative to the site's base. */
export interface SiteUrls {
  document(id: string): string;
  entity(kind: 'person' | 'place', id: string): string;
}

/** A one-line summary of a document for links, lists and tooltips. */
export function summarize(entry: EditionEntry): DocumentSummary {
  const { record } = entry;
  return {
    id: entry.id,
    title: displayTitle(record),
    date: record.date,
    dateLabel: displayDate(record),
    from: partyLabel(record.from),
    to: partyLabel(record.to),
  };
}

/**
 * Builds the page data and rendered HTML of every document. Pure: the edition
 * in, one `{ data, html }` per document out, in chronological order.
 */
export function buildDocumentPages(edition: Edition, urls: SiteUrls): { data: DocumentPage; html: string }[] {
  return [...documentPages(edition, urls)];
}

/**
 * `buildDocumentPages` one document at a time: the next page is made only
 * when asked for, so that a caller storing each (the documents loader) holds
 * one document's rendered body and page data at a time, not the edition's.
 * `render` is the edition's renderer unless the caller keeps its results
 * from one build to the next (src/build/document-cache.ts).
 */
export function* documentPages(edition: Edition, urls: SiteUrls, render: typeof renderDocument = renderDocument): Generator<{ data: DocumentPage; html: string }> {
  const byId = new Map(edition.documents.map((entry) => [entry.id, entry]));
  const summaries = new Map(edition.documents.map((entry) => [entry.id, summarize(entry)]));
  const peopleNames = new Map(edition.people.map((person) => [person.id, person.name]));
  const placeNames = new Map(edition.places.map((place) => [place.id, place.name]));
  // Printed order: the order of the files, which is the volumes' (README: "The content folder").
  const printed = [...edition.documents].sort((a, b) => a.fileOrder - b.fileOrder);
  const printedIndex = new Map(printed.map((entry, index) => [entry.id, index]));

  const citedBy = new Map<string, { id: string; text: string }[]>();
  for (const entry of edition.documents) {
    for (const reference of entry.references) {
      if (!reference.target || reference.target === entry.id) continue;
      const list = citedBy.get(reference.target) ?? [];
      if (!list.some((item) => item.id === entry.id)) list.push({ id: entry.id, text: reference.text });
      citedBy.set(reference.target, list);
    }
  }

  const threads = buildThreads(edition.documents);
  const exchanges = buildExchanges(edition.documents);
  const referenceUrl = (reference: LocatedReference): string | null => {
    const target = reference.target ? byId.get(reference.target) : undefined;
    if (!target) return null;
    // To the note, paragraph or printed page the reference names, when the target has it; otherwise to the document.
    const anchor = referenceAnchor(reference, target.parsed);
    return urls.document(target.id) + (anchor ? `#${anchor}` : '');
  };
  const links: RenderLinks = {
    entity: (kind, id) => urls.entity(kind, id),
    reference: referenceUrl,
    describe: (reference) => {
      const target = reference.target ? byId.get(reference.target) : undefined;
      return target ? describeReference(reference, target.record, summaries.get(target.id)!) : null;
    },
  };

  for (const [index, entry] of edition.documents.entries()) {
    const { record, parsed } = entry;
    const participantParts = participantsMarked(entry);
    const titleParts = headingMarked(entry, displayTitle(record));
    const linkedAbove = new Set([
      ...participantParts.flat().flatMap((part) => (part.link && part.person ? [`person:${part.person}`] : [])),
      ...titleParts.flatMap((part) => (part.place ? [`place:${part.place}`] : [])),
    ]);
    const rendered = render(entry, links, { linkedAbove });
    const bodyIds = new Set(rendered.bodyIds);
    const count = (kind: 'person' | 'place', names: Map<string, string>) => {
      const counts = new Map<string, number>();
      const named = [...entry.mentions, ...entry.headerMentions];
      for (const mention of named) if (mention.kind === kind) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
      return [...counts].map(([id, n]) => ({ id, name: names.get(id) ?? id, count: n })).sort((a, b) => a.name.localeCompare(b.name));
    };
    const cites = [...new Set(entry.references.flatMap((reference) => (reference.target && reference.target !== entry.id && summaries.has(reference.target) ? [reference.target] : [])))].map((id) => ({
      ...summaries.get(id)!,
      text: entry.references.find((reference) => reference.target === id)!.text,
    }));
    const mentionedPeople = count('person', peopleNames);
    const mentionedPlaces = count('place', placeNames);
    // What the page shows around the record, and the search spellings read with it.
    const shownAround = { displayTitle: displayTitle(record), signatures: parsed.signatures, editorialNote: entry.editorialNote, mentionedPeople, mentionedPlaces };
    const { text: _text, references, ...shown } = record;
    const position = printedIndex.get(entry.id)!;
    const partyName = (field: 'from' | 'to') => {
      const person = entry.headerMentions.find((mention) => mention.field === field);
      return (person && peopleNames.get(person.id)) ?? partyFacet(record[field]);
    };
    const data: DocumentPage = {
      ...shown,
      referenceCounts: { resolved: references.filter((reference) => reference.target).length, unresolved: references.filter((reference) => !reference.target).length },
      ...shownAround,
      dateLabel: displayDate(record),
      year: record.date?.slice(0, 4) ?? null,
      sourceExtra: parsed.sourceExtra,
      classificationStruck: parsed.classificationStruck,
      sidecarFile: entry.raw.sidecarFile,
      headerNotes: parsed.headerNotes.map(({ field, note }) => ({
        field,
        n: parsed.footnotes[note]?.n ?? String(note + 1),
        anchor: noteId(note),
        // The note links back to one marker: a header marker takes the id only if the body has no marker of that note.
        refId: bodyIds.has(noteRefId(note)) ? null : noteRefId(note),
      })),
      notesHtml: rendered.notesHtml,
      fileOrder: entry.fileOrder,
      chronologicalIndex: index,
      previous: position > 0 ? summaries.get(printed[position - 1].id)! : null,
      next: position < printed.length - 1 ? summaries.get(printed[position + 1].id)! : null,
      headerNumber: parsed.number,
      undatedContext: record.date
        ? null
        : {
            before: nearestDated(printed, position, -1, summaries),
            after: nearestDated(printed, position, 1, summaries),
            citedAs: [...new Set((citedBy.get(entry.id) ?? []).map((item) => item.text).filter((text) => /\d/.test(text)))].slice(0, 3),
          },
      senderName: partyName('from'),
      recipientName: partyName('to'),
      participantParts,
      titleParts,
      references: entry.references.map((reference, at) => ({
        text: reference.text,
        anchor: referenceId(at),
        entry: referenceEntryId(at),
        note: reference.noteIndex !== null ? (parsed.footnotes[reference.noteIndex]?.n ?? null) : null,
        target: reference.target ? (summaries.get(reference.target) ?? null) : null,
        description: links.describe(reference),
        href: referenceUrl(reference),
        reason: reference.target ? null : reasonText(reference.unresolvedReason),
        candidates: reference.candidates.flatMap((id) => (summaries.has(id) ? [summaries.get(id)!] : [])),
      })),
      cites,
      citedBy: (citedBy.get(entry.id) ?? []).map(({ id, text }) => ({ ...summaries.get(id)!, text })),
      thread: (threads.get(entry.id) ?? []).map(({ id, relation, current }) => ({ ...summaries.get(id)!, relation, current })),
      exchange: exchangeOf(exchanges.get(entry.id), record.text),
      otherSpellings: documentSpellings({ ...record, ...shownAround }, edition.people, edition.places),
    };
    yield { data, html: rendered.bodyHtml };
  }
}

const OPENING_LENGTH = 280;

/** A document's place in its exchange, with the opening words of its text (cut at a word, `…`) for the exchange's page. */
function exchangeOf(place: ExchangePlace | undefined, text: string): DocumentPage['exchange'] {
  if (!place) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length <= OPENING_LENGTH ? flat : `${flat.slice(0, flat.lastIndexOf(' ', OPENING_LENGTH)).replace(/[\s,;:.]+$/, '')} …`;
  return { id: place.exchange, size: place.size, cites: place.cites, citedBy: place.citedBy, opening: cut };
}

/**
 * The heading as shown cut at the places it names as a party: `FROM
 * CHUNGKING TO FOREIGN OFFICE` → `[{ text: 'FROM ', place: null }, { text:
 * 'CHUNGKING', place: 'chungking' }, { text: ' TO FOREIGN OFFICE', place: null }]`.
 * Offsets are the heading's as the parse has it, the editor's corrections applied
 * (edition/overrides.ts), so a heading a sidecar replaced is matched as replaced.
 */
function headingMarked(entry: EditionEntry, shown: string): DocumentPage['titleParts'] {
  const mentions = entry.headerMentions.filter((mention) => mention.field === 'title' && mention.kind === 'place').sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return [{ text: shown, place: null }];
  const parts: DocumentPage['titleParts'] = [];
  let cursor = 0;
  for (const mention of mentions) {
    if (mention.start < cursor || shown.slice(mention.start, mention.end) !== mention.text) continue;
    if (mention.start > cursor) parts.push({ text: shown.slice(cursor, mention.start), place: null });
    parts.push({ text: mention.text, place: mention.id });
    cursor = mention.end;
  }
  if (cursor < shown.length) parts.push({ text: shown.slice(cursor), place: null });
  return parts;
}

/**
 * The "Present:" list cut at the people of the index each line names; the
 * first naming of each person is marked to be a link. `Mr. V. M. Molotov` →
 * `[{ text: 'Mr. V. M. ', person: null }, { text: 'Molotov', person: 'molotov', link: true }]`.
 */
function participantsMarked(entry: EditionEntry): DocumentPage['participantParts'] {
  const linked = new Set<string>();
  return entry.record.participants.map((line, index) => {
    const mentions = entry.headerMentions.filter((mention) => mention.field === 'participants' && mention.index === index).sort((a, b) => a.start - b.start);
    const parts: DocumentPage['participantParts'][number] = [];
    let cursor = 0;
    for (const mention of mentions) {
      // The sidecar may correct a participant's line: spans found on the parsed one must still fit it.
      if (mention.start < cursor || line.slice(mention.start, mention.end) !== mention.text) continue;
      if (mention.start > cursor) parts.push({ text: line.slice(cursor, mention.start), person: null, link: false });
      parts.push({ text: mention.text, person: mention.id, link: !linked.has(mention.id) });
      linked.add(mention.id);
      cursor = mention.end;
    }
    if (cursor < line.length) parts.push({ text: line.slice(cursor), person: null, link: false });
    return parts;
  });
}

/** The nearest dated document within five places before (`step` -1) or after (1) in printed order, in the same volume. */
function nearestDated(printed: readonly EditionEntry[], position: number, step: 1 | -1, summaries: ReadonlyMap<string, DocumentSummary>): DocumentSummary | null {
  const volume = printed[position].record.printedSource?.volumeId ?? null;
  for (let at = position + step, seen = 0; at >= 0 && at < printed.length && seen < 5; at += step, seen += 1) {
    const other = printed[at];
    if ((other.record.printedSource?.volumeId ?? null) !== volume) return null;
    if (other.record.date) return summaries.get(other.id)!;
  }
  return null;
}

/** A party for the Sender and Recipient filters: the name printed, else the office (`Secretary of State`). */
function partyFacet(party: EditionEntry['record']['from']): string | null {
  return party?.name ?? party?.role ?? null;
}

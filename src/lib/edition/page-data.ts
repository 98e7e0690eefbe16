import { z } from 'astro/zod';
import { documentSchema } from '../schemas/document.ts';
import { renderDocument, type RenderLinks } from '../render/render-document.ts';
import { describeReference } from '../references/describe-reference.ts';
import { referenceAnchor } from '../references/reference-anchor.ts';
import { buildThreads } from '../references/thread.ts';
import { documentSpellings } from '../search/document-spellings.ts';
import { displayDate, displayTitle, partyLabel } from './display.ts';
import type { Edition, EditionEntry } from './types.ts';
import { unique } from '../unique.ts';

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
  headerNotes: z.array(z.object({ field: z.string(), n: z.string(), anchor: z.string() })),
  notesHtml: z.string(),
  /** Position in file order and in chronological order. */
  fileOrder: z.number(),
  chronologicalIndex: z.number(),
  previous: documentSummarySchema.nullable(),
  next: documentSummarySchema.nullable(),
  mentionedPeople: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
  mentionedPlaces: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
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
  /** Spellings of the names of the people and places named here that the page lacks, for its search data (src/lib/search/other-spellings.ts). */
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
  const byId = new Map(edition.documents.map((entry) => [entry.id, entry]));
  const summaries = new Map(edition.documents.map((entry) => [entry.id, summarize(entry)]));
  const peopleNames = new Map(edition.people.map((person) => [person.id, person.name]));
  const placeNames = new Map(edition.places.map((place) => [place.id, place.name]));

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
  const links: RenderLinks = {
    entity: (kind, id) => urls.entity(kind, id),
    reference: (reference) => {
      const target = reference.target ? byId.get(reference.target) : undefined;
      if (!target) return null;
      // To the note, paragraph or printed page the reference names, when the target has it; otherwise to the document.
      const anchor = referenceAnchor(reference, target.parsed);
      return urls.document(target.id) + (anchor ? `#${anchor}` : '');
    },
    describe: (reference) => {
      const target = reference.target ? byId.get(reference.target) : undefined;
      return target ? describeReference(reference, target.record, summaries.get(target.id)!) : null;
    },
  };

  return edition.documents.map((entry, index) => {
    const { record, parsed } = entry;
    const rendered = renderDocument(entry, links);
    const count = (kind: 'person' | 'place', names: Map<string, string>) => {
      const counts = new Map<string, number>();
      for (const mention of entry.mentions) if (mention.kind === kind) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
      return [...counts].map(([id, n]) => ({ id, name: names.get(id) ?? id, count: n })).sort((a, b) => a.name.localeCompare(b.name));
    };
    const cites = unique(entry.references.flatMap((reference) => (reference.target && reference.target !== entry.id && summaries.has(reference.target) ? [reference.target] : [])))
      .map((id) => ({ ...summaries.get(id)!, text: entry.references.find((reference) => reference.target === id)!.text }));
    const mentionedPeople = count('person', peopleNames);
    const mentionedPlaces = count('place', placeNames);
    // What the page shows around the record, and the search spellings read with it.
    const shownAround = { displayTitle: displayTitle(record), signatures: parsed.signatures, editorialNote: entry.editorialNote, mentionedPeople, mentionedPlaces };
    const { text: _text, references, ...shown } = record;
    const data: DocumentPage = {
      ...shown,
      referenceCounts: { resolved: references.filter((reference) => reference.target).length, unresolved: references.filter((reference) => !reference.target).length },
      ...shownAround,
      dateLabel: displayDate(record),
      year: record.date?.slice(0, 4) ?? null,
      sourceExtra: parsed.sourceExtra,
      classificationStruck: parsed.classificationStruck,
      sidecarFile: entry.raw.sidecarFile,
      headerNotes: parsed.headerNotes.map(({ field, note }) => ({ field, n: parsed.footnotes[note]?.n ?? String(note + 1), anchor: `fn-${note + 1}` })),
      notesHtml: rendered.notesHtml,
      fileOrder: entry.fileOrder,
      chronologicalIndex: index,
      previous: index > 0 ? summaries.get(edition.documents[index - 1].id)! : null,
      next: index < edition.documents.length - 1 ? summaries.get(edition.documents[index + 1].id)! : null,
      cites,
      citedBy: (citedBy.get(entry.id) ?? []).map(({ id, text }) => ({ ...summaries.get(id)!, text })),
      thread: (threads.get(entry.id) ?? []).map(({ id, relation, current }) => ({ ...summaries.get(id)!, relation, current })),
      otherSpellings: documentSpellings({ ...record, ...shownAround }, edition.people, edition.places),
    };
    return { data, html: rendered.bodyHtml };
  });
}

import type { ContentInput, RawDocument } from '../model/content.ts';
import { buildNameIndex, findMentions } from '../names/find-mentions.ts';
import { footnoteDescriptions } from '../names/footnote-identifications.ts';
import { findHeaderMentions } from '../names/header-mentions.ts';
import { hasFrontmatter, readMarkdownDocument } from '../markdown/read-markdown.ts';
import { nextMarkerHint, parseDocument } from '../parse/parse-document.ts';
import { findReferences } from '../references/find-references.ts';
import { resolveReferences } from '../references/resolve-references.ts';
import { compareChronologically } from '../model/chronology.ts';
import { toDocumentRecord } from './document-record.ts';
import { applySidecar, correctParse } from './overrides.ts';
import { printedSourceOf } from './printed-source.ts';
import type { EditionDocument, Warning } from '../schemas/document.ts';
import type { VolumeSetting } from '../schemas/edition.ts';
import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import type { HeaderMention, LocatedReference, Mention } from '../model/text-spans.ts';
import type { NameIndex } from '../names/name-index.ts';
import type { Edition } from './edition.ts';
import type { EditionEntry } from '../model/edition.ts';

/** Milliseconds spent in each stage of `buildEdition`, for the benchmark. */
export interface StageTimings {
  parse: number;
  link: number;
  references: number;
  order: number;
}

/**
 * Builds the edition from a content folder's input, in stages, each a pure
 * function returning new values: read every document (parse it, in file
 * order, so note numbering can run on from one document to the next, and
 * apply the editor's corrections); link people and places; find references
 * and resolve them against the whole edition, and say where each document is
 * printed (volume, number, pages); assemble each document's record once;
 * order chronologically and index who is mentioned where. No I/O. Pass
 * `timings` to have each stage's duration recorded, and a `readTranscription`
 * of your own to keep what it returns from one build to the next (the build's
 * cache, src/build/document-cache.ts, does).
 */
export function buildEdition(input: ContentInput, options: BuildOptions = {}): Edition {
  const clock = stopwatch(options.timings);
  const read = readDocuments(input.documents, options.readTranscription ?? readTranscription);
  clock.lap('parse');
  const nameIndex = buildNameIndex(input.people, input.places);
  const linked = linkNames(read, nameIndex);
  clock.lap('link');
  const resolved = resolveDocuments(linked, input.settings.volumes ?? []);
  clock.lap('references');
  const documents = inChronologicalOrder(resolved.map(assembleEntry));
  const { people, places } = whoIsMentionedWhere(documents, input.people, input.places);
  clock.lap('order');
  return { settings: input.settings, documents, people, places, nameIndex, problems: input.problems };
}

/** What `buildEdition` may be given besides the content. */
export interface BuildOptions {
  timings?: StageTimings;
  /** Reads one transcription; by default `readTranscription`, which a build may memoize (it is pure). */
  readTranscription?: TranscriptionReader;
}

/** A transcription read: its parse with the editor's corrections, its record before linking, and where the next document's note numbers begin. */
export interface ReadTranscription {
  parsed: ParsedDocument;
  record: EditionDocument;
  /** The `markerHint` of the next document in file order (volumes number notes on from one document to the next). */
  nextMarkerHint: number | undefined;
}

/** Reads one transcription, given where the note numbers of the document before it stopped. */
export type TranscriptionReader = (raw: RawDocument, markerHint: number | undefined) => ReadTranscription;

/**
 * Parses a transcription (a Markdown document with frontmatter is read as
 * already parsed) and applies its sidecar's corrections, so that linking and
 * resolving read the document as the page shows it. Pure: the same document
 * and hint give the same result, which is what lets a build keep it.
 */
export function readTranscription(raw: RawDocument, markerHint: number | undefined): ReadTranscription {
  const text = /\.md$/i.test(raw.sourceFile) && hasFrontmatter(raw.text) ? readMarkdownDocument(raw.text) : parseDocument(raw.text, { expectedFirstMarker: markerHint });
  const parsed = correctParse(text, raw.sidecar);
  const record = applySidecar(toDocumentRecord(parsed, raw), raw.sidecar);
  return { parsed, record: { ...record, warnings: mergeWarnings(raw.warnings, record.warnings) }, nextMarkerHint: nextMarkerHint(text.footnotes, markerHint) };
}

/** A document parsed and corrected: its record holds what the transcription and the editor say, not yet its links. */
interface ReadDocument {
  id: string;
  raw: RawDocument;
  fileOrder: number;
  parsed: ParsedDocument;
  record: EditionDocument;
  references: LocatedReference[];
}

/** The people and places the document names, in its text and in its header. */
interface LinkedDocument extends ReadDocument {
  mentions: Mention[];
  headerMentions: HeaderMention[];
}

/** References resolved against the edition, and where the document is printed. */
interface ResolvedDocument extends LinkedDocument {
  printed: ReturnType<typeof printedSourceOf>;
}

/** Reads each transcription in file order, each told where the note numbers of the one before it stopped. */
function readDocuments(documents: readonly RawDocument[], read: TranscriptionReader): ReadDocument[] {
  let markerHint: number | undefined;
  return documents.map((raw, fileOrder) => {
    const { parsed, record, nextMarkerHint } = read(raw, markerHint);
    markerHint = nextMarkerHint;
    return { id: raw.id, raw, fileOrder, parsed, record, references: [] };
  });
}

/** Finds the people and places of the index in each document's text and header (a sidecar's aliases say whom a name means there). */
function linkNames(documents: readonly ReadDocument[], names: NameIndex): LinkedDocument[] {
  return documents.map((document) => {
    const aliases = document.raw.sidecar?.aliases ?? {};
    return { ...document, mentions: findMentions(document.parsed, names, aliases), headerMentions: findHeaderMentions(document.parsed, names, aliases) };
  });
}

/**
 * Finds each document's references and resolves them against the whole
 * edition (so only once every document is read); the pages a document
 * certainly stands on are known then too (edition-index.ts).
 */
function resolveDocuments(documents: readonly LinkedDocument[], volumes: readonly VolumeSetting[]): ResolvedDocument[] {
  const found = documents.map((document) => ({ ...document, references: findReferences(document.parsed) }));
  const { references, index } = resolveReferences(found);
  return found.map((document) => ({
    ...document,
    references: references.get(document.id) ?? document.references,
    printed: printedSourceOf(document.id, volumes, index.byId.get(document.id)?.certainPages ?? [], document.raw.sidecar?.printedSource),
  }));
}

/** The document's entry, its open-data record assembled once from what every stage found. */
function assembleEntry({ printed, ...document }: ResolvedDocument): EditionEntry {
  const named = [...document.mentions, ...document.headerMentions];
  const record: EditionDocument = {
    ...document.record,
    people: idsOf(named, 'person'),
    // A place named in the header (the post a telegram is from) comes first.
    places: idsOf([...document.headerMentions, ...document.mentions], 'place'),
    references: document.references.map(({ span: _span, ...reference }) => reference),
    printedSource: printed.source,
    editorSupplied: printed.supplied ? [...document.record.editorSupplied, 'printedSource'] : document.record.editorSupplied,
  };
  return {
    id: document.id,
    record,
    parsed: document.parsed,
    raw: document.raw,
    fileOrder: document.fileOrder,
    mentions: document.mentions,
    headerMentions: document.headerMentions,
    references: document.references,
    editorialNote: document.raw.sidecar?.editorialNote ?? null,
  };
}

function idsOf(mentions: readonly (Mention | HeaderMention)[], kind: Mention['kind']): string[] {
  return [...new Set(mentions.flatMap((mention) => (mention.kind === kind ? [mention.id] : [])))];
}

/** Documents by date (undated last), in file order within a day. */
function inChronologicalOrder(entries: readonly EditionEntry[]): EditionEntry[] {
  return [...entries].sort((a, b) => compareChronologically({ date: a.record.date, fileOrder: a.fileOrder }, { date: b.record.date, fileOrder: b.fileOrder }));
}

/**
 * Each person and place with the documents that mention them, in the
 * edition's order; a note identifying a person ("Soviet Commissar for Foreign
 * Affairs.") describes them where the authority file does not.
 */
function whoIsMentionedWhere(documents: readonly EditionEntry[], people: readonly PersonEntry[], places: readonly PlaceEntry[]): Pick<Edition, 'people' | 'places'> {
  const mentionedIn = new Map<string, string[]>();
  for (const entry of documents) {
    for (const id of [...entry.record.people.map((id) => `person:${id}`), ...entry.record.places.map((id) => `place:${id}`)]) {
      const list = mentionedIn.get(id) ?? [];
      list.push(entry.id);
      mentionedIn.set(id, list);
    }
  }
  const fromNotes = footnoteDescriptions(documents, people);
  return {
    people: people.map((person) => {
      const note = person.description ? undefined : fromNotes.get(person.id);
      return {
        ...person,
        ...(note ? { description: note.description, descriptionSource: note.source } : {}),
        documents: mentionedIn.get(`person:${person.id}`) ?? [],
      };
    }),
    places: places.map((place) => ({ ...place, documents: mentionedIn.get(`place:${place.id}`) ?? [] })),
  };
}

/**
 * The reader's warnings (file, name, encoding, sidecar) and the parser's, each
 * once: both flag a line with control characters in the same words.
 */
function mergeWarnings(reader: readonly Warning[], parser: readonly Warning[]): Warning[] {
  const seen = new Set(reader.map((warning) => `${warning.file ?? ''}:${warning.line}:${warning.message}`));
  return [...reader, ...parser.filter((warning) => !seen.has(`${warning.file ?? ''}:${warning.line}:${warning.message}`))];
}

function stopwatch(timings: StageTimings | undefined) {
  let last = performance.now();
  return {
    lap(stage: keyof StageTimings) {
      const now = performance.now();
      if (timings) timings[stage] += now - last;
      last = now;
    },
  };
}

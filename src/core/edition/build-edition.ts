import type { ContentInput } from '../model/content.ts';
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
import type { Warning } from '../schemas/document.ts';
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
 * Builds the edition from a content folder's input, in stages: parse every
 * document (in file order, so note numbering can run on from one document to
 * the next) and apply editors' sidecars; link people and places; find
 * references and resolve them against the whole edition, and say where each
 * document is printed (volume, number, pages); order chronologically and index who is mentioned where. Pure: no I/O. Pass
 * `timings` to have each stage's duration recorded.
 */
export function buildEdition(input: ContentInput, timings?: StageTimings): Edition {
  const clock = stopwatch(timings);

  let markerHint: number | undefined;
  const entries: EditionEntry[] = input.documents.map((raw, fileOrder) => {
    // A document an editor keeps in Markdown (`<id>.md` with frontmatter) is read as already parsed.
    const read = /\.md$/i.test(raw.sourceFile) && hasFrontmatter(raw.text) ? readMarkdownDocument(raw.text) : parseDocument(raw.text, { expectedFirstMarker: markerHint });
    markerHint = nextMarkerHint(read.footnotes, markerHint);
    // The editor's corrections, applied once: linking and resolving read them as the page shows them.
    const parsed = correctParse(read, raw.sidecar);
    const record = applySidecar(toDocumentRecord(parsed, raw), raw.sidecar);
    record.warnings = mergeWarnings(raw.warnings, record.warnings);
    return { id: raw.id, record, parsed, raw, fileOrder, mentions: [], headerMentions: [], references: [], editorialNote: raw.sidecar?.editorialNote ?? null };
  });
  clock.lap('parse');

  const names = buildNameIndex(input.people, input.places);
  for (const entry of entries) {
    const aliases = entry.raw.sidecar?.aliases ?? {};
    entry.mentions = findMentions(entry.parsed, names, aliases);
    // People named only in the header (a conversation's participants), and the post a heading is from, are in the document too.
    entry.headerMentions = findHeaderMentions(entry.parsed, names, aliases);
    entry.record.people = [...new Set([...entry.mentions, ...entry.headerMentions].flatMap((mention) => (mention.kind === 'person' ? [mention.id] : [])))];
    entry.record.places = [...new Set([...entry.headerMentions, ...entry.mentions].flatMap((mention) => (mention.kind === 'place' ? [mention.id] : [])))];
  }
  clock.lap('link');

  for (const entry of entries) entry.references = findReferences(entry.parsed);
  // References resolve against the whole edition, so only once every document is parsed.
  const index = resolveReferences(entries);
  for (const entry of entries) {
    entry.record.references = entry.references.map(({ span: _span, ...reference }) => reference);
    // The pages a document certainly stands on are known once the whole volume is read (edition-index.ts).
    const printed = printedSourceOf(entry.id, input.settings.volumes ?? [], index.byId.get(entry.id)?.certainPages ?? [], entry.raw.sidecar?.printedSource);
    entry.record.printedSource = printed.source;
    if (printed.supplied) entry.record.editorSupplied.push('printedSource');
  }
  clock.lap('references');

  const documents = entries.sort((a, b) =>
    compareChronologically({ date: a.record.date, fileOrder: a.fileOrder }, { date: b.record.date, fileOrder: b.fileOrder }),
  );
  const mentionedIn = new Map<string, string[]>();
  for (const entry of documents) {
    for (const id of [...entry.record.people.map((id) => `person:${id}`), ...entry.record.places.map((id) => `place:${id}`)]) {
      const list = mentionedIn.get(id) ?? [];
      list.push(entry.id);
      mentionedIn.set(id, list);
    }
  }
  // A note identifying a person ("Soviet Commissar for Foreign Affairs.") describes
  // them where the authority file does not.
  const fromNotes = footnoteDescriptions(documents, input.people);
  const people = input.people.map((person) => {
    const note = person.description ? undefined : fromNotes.get(person.id);
    return {
      ...person,
      ...(note ? { description: note.description, descriptionSource: note.source } : {}),
      documents: mentionedIn.get(`person:${person.id}`) ?? [],
    };
  });
  const places = input.places.map((place) => ({ ...place, documents: mentionedIn.get(`place:${place.id}`) ?? [] }));
  clock.lap('order');

  return { settings: input.settings, documents, people, places, nameIndex: names, problems: input.problems };
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

/** Small hand-built editions for resolution tests: transcriptions in the shape of the web telegrams, built as the site builds them. */
import type { ContentInput } from '../../src/core/model/content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import type { Edition } from '../../src/core/edition/edition.ts';
import type { EditionEntry } from '../../src/core/model/edition.ts';

/** A telegram as the web transcriptions give it: file number, heading, `[Telegram]`, dateline, paragraphs, signature, notes. */
export function telegram(from: string, to: string, dateline: string, body: string | readonly string[], notes: readonly string[] = []): string {
  const paragraphs = typeof body === 'string' ? [body] : body;
  const noteLines = notes.map((note, index) => `  ${index + 1}. ${note}`);
  return ['File No. 1', '', `The ${from} to the ${to}`, '', '[Telegram]', dateline, '', ...paragraphs.flatMap((line) => [line, '']), 'Signed', ...noteLines, ''].join('\n');
}

/** An edition of the given transcriptions, in this order (ids as given). */
export function editionOf(documents: Record<string, string>): Edition {
  const input: ContentInput = {
    dir: '/nowhere',
    settings: { title: 'Test', editors: [], introduction: '', licence: '' },
    documents: Object.entries(documents).map(([id, text]) => ({ id, sourceFile: `${id}.txt`, text, sidecar: null, sidecarFile: null, warnings: [] })),
    people: [],
    places: [],
    problems: [],
  };
  return buildEdition(input);
}

/** The document of that id. */
export function entry(edition: Edition, id: string): EditionEntry {
  return edition.documents.find((item) => item.id === id)!;
}

/** `text → target or reason` for each reference of a document. */
export function outcomes(edition: Edition, id: string): string[] {
  return entry(edition, id).references.map((reference) => `${reference.text} → ${reference.target ?? reference.unresolvedReason}`);
}

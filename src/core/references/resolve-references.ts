import type { LocatedReference } from '../model/text-spans.ts';
import { CONFLICTING, contradiction } from './contradictions.ts';
import { indexEdition, type EditionIndex, type IndexedDocument, type ResolvableDocument } from './edition-index.ts';
import { unresolved } from './outcomes.ts';
import { readWithNotes } from './read-with-notes.ts';
import { completeCitedDate } from './reference-dates.ts';
import { resolveDocumentNumber, resolveNeighbour, resolvePage } from './resolve-pages.ts';
import { resolveSerial } from './resolve-serial.ts';

/**
 * Resolves the references of every document against the edition's own
 * documents: each comes back with its `target` — or `unresolvedReason` —
 * set. The documents given are left as they are.
 * Never guesses: a reference resolves only to the one document that fits
 * everything it says.
 *
 * - Telegrams and other numbered documents: same series (who sent it to whom,
 *   from `my`/`your`/`Department's`/a named post and the citing document's
 *   parties), same number, same day (`resolveSerial`).
 * - Page references: the documents on that printed page of that volume,
 *   narrowed by what the note says of the document (date, number, sender,
 *   note marker); with nothing to narrow them, the document where the page
 *   begins (the link then goes to the page's anchor).
 * - A body reference and the note whose marker follows it are read together:
 *   "Not printed" leaves it unresolved; "Vol. iii, p. 232" says it is in
 *   another volume; "Ante, p. 5" says on which page to look; "Supra" that it
 *   is printed just before.
 *
 * - Last, no reference keeps a target whose number or day contradicts it
 *   (`contradiction`): whatever led there, it stays unresolved, saying so.
 *
 * Lookup maps are built once (edition-index.ts); each reference then costs a
 * few map reads, so resolution is linear in the number of references. The
 * index is returned too: it knows on which printed pages each document stands.
 */
export function resolveReferences(documents: readonly ResolvableDocument[]): ResolvedReferences {
  // Resolution settles each reference step by step (a year completed, then a target, then a
  // contradiction undone), so it works on copies of the references: the input stays as it was.
  const entries = documents.map((document) => ({ ...document, references: structuredClone(document.references) }));
  const index = indexEdition(entries);
  for (const document of index.documents) {
    const { entry } = document;
    completeYears(entry, document);
    // Notes first: a body reference may lean on what its note resolved to.
    for (const reference of entry.references) if (reference.in === 'footnote') resolveOne(reference, document, index);
    for (const reference of entry.references) if (reference.in === 'body') resolveOne(reference, document, index);
    readWithNotes(entry.references, document, index);
    for (const reference of entry.references) rejectContradicted(reference, index);
  }
  return { references: new Map(entries.map((entry) => [entry.id, entry.references])), index };
}

/** Every document's references, resolved (by document id), and the index they were resolved against. */
export interface ResolvedReferences {
  references: ReadonlyMap<string, LocatedReference[]>;
  index: EditionIndex;
}

/** Leaves unresolved a reference whose target's number or day is not the one it gives. */
function rejectContradicted(reference: LocatedReference, index: EditionIndex): void {
  const target = reference.target ? index.byId.get(reference.target) : undefined;
  const why = target ? contradiction(reference, target) : null;
  if (why) unresolved(reference, `${CONFLICTING}: the only document found is ${why}`);
}

/**
 * Gives a year to dates found without one because the transcription lost its
 * dateline: from the date the editors supplied (sidecar), else from the
 * dated documents around it in the volume.
 */
function completeYears(entry: ResolvableDocument, document: IndexedDocument): void {
  const context = entry.record.date ?? document.around?.high ?? null;
  if (!context) return;
  for (const reference of entry.references) {
    if (!reference.date?.startsWith('--')) continue;
    const parts = /^--(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(reference.date);
    if (!parts) continue;
    const completed = completeCitedDate({ year: null, month: Number(parts[1]), day: Number(parts[2]), time: parts[3] ?? null, relative: null }, context, reference.in === 'footnote');
    if (completed) reference.date = completed;
  }
}

function resolveOne(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  if (reference.kind === 'not-printed') {
    unresolved(reference, 'not printed');
  } else if (reference.document) {
    resolveDocumentNumber(reference, citing, index);
  } else if (reference.kind === 'page' || reference.kind === 'other-volume') {
    resolvePage(reference, citing, index);
  } else if (reference.kind === 'other' && reference.position && !reference.number && reference.in === 'footnote') {
    resolveNeighbour(reference, citing, index);
  } else if (reference.number || reference.date) {
    resolveSerial(reference, citing, index);
  } else {
    unresolved(reference, 'nothing to identify it by');
  }
}

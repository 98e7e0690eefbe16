import type { LocatedReference } from '../model/text-spans.ts';
import { contradiction } from './contradictions.ts';
import type { EditionIndex, IndexedDocument } from './edition-index.ts';
import { narrow } from './narrow-candidates.ts';
import { resolved, unresolved } from './outcomes.ts';
import { groupOfPage, neighbours } from './resolve-pages.ts';

/**
 * Reads each body reference with the note whose marker follows it. The note's
 * pointers pair with the body references it comments on, in order
 * ("…, respectively"); a lone body reference pairs with the note's first
 * pointer that does not contradict it ("Probably refers to … Sept. 11 …
 * See also … Sept. 3, midnight, ante, p. 241" for "your September 3").
 */
export function readWithNotes(references: LocatedReference[], citing: IndexedDocument, index: EditionIndex): void {
  const byNote = new Map<number, LocatedReference[]>();
  for (const reference of references) {
    if (reference.in === 'body' && reference.annotatedBy !== null) byNote.set(reference.annotatedBy, [...(byNote.get(reference.annotatedBy) ?? []), reference]);
  }
  for (const [note, annotated] of byNote) {
    const inNote = references.filter((reference) => reference.noteIndex === note);
    if (inNote.length === 0) continue;
    // "Not printed." (or "Telegram not printed; see …") opening the note speaks of the cited document itself.
    if (inNote[0].kind === 'not-printed' && inNote[0].span.start <= 12) {
      for (const reference of annotated) if (!reference.target || !reference.resolvedBy?.includes('date')) unresolved(reference, 'not printed');
      continue;
    }
    const pointers = inNote.filter((reference) => ['page', 'document', 'other-volume'].includes(reference.kind) || (reference.kind === 'other' && reference.position));
    const pairs =
      pointers.length === annotated.length
        ? annotated.map((reference, item) => [reference, pointers[item]] as const)
        : annotated.length === 1 && pointers.length >= 1
          ? [[annotated[0], fittingPointer(annotated[0], pointers, index)] as const]
          : [];
    for (const [body, pointer] of pairs) pairWithPointer(body, pointer, citing, index);
  }
}

/** The first of a note's pointers whose target does not contradict the body reference (else the first). */
function fittingPointer(body: LocatedReference, pointers: readonly LocatedReference[], index: EditionIndex): LocatedReference {
  const fits = (pointer: LocatedReference) => {
    const target = pointer.target ? index.byId.get(pointer.target) : undefined;
    return !target || !contradiction(body, target);
  };
  return pointers.find(fits) ?? pointers[0];
}

/**
 * A body reference and its note's pointer: another volume, the page to look
 * on, or supra/infra. "See footnote 98, p. 271" points to a note describing
 * the cited document, which is itself not printed: the body reference does
 * not take the document holding that note (the note's own link goes there).
 */
function pairWithPointer(body: LocatedReference, pointer: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  if (pointer.footnote) {
    if (!body.target) unresolved(body, `not printed; see footnote ${pointer.footnote}, p. ${pointer.page}`);
    return;
  }
  if (pointer.kind === 'other-volume') {
    body.page = pointer.page;
    body.volume = pointer.volume;
    body.document = pointer.document;
    if (!body.target) unresolved(body, pointer.unresolvedReason ?? 'other volume');
    return;
  }
  if (pointer.page) body.page = pointer.page;
  const found = body.target ? index.byId.get(body.target) : undefined;
  if (pointer.kind === 'page' && pointer.page) {
    if (found?.pages.includes(pointer.page)) {
      // The body's own evidence found it on the page the note gives; the page pointer takes the same document.
      if (pointer.resolvedBy === 'page') resolved(pointer, found, 'page and the reference it annotates');
      return;
    }
    // Otherwise the editors' page wins over a match found elsewhere ("Your cable of 22d" — "probably … May 2, ante, p. 232").
    const where = groupOfPage(pointer, citing, index);
    if ('reason' in where) return;
    const onPage = (index.byPage.get(where.group)?.get(pointer.page) ?? []).filter((document) => document.id !== citing.id);
    const chosen = narrow(body, onPage, citing);
    if (chosen.kind === 'one') {
      resolved(body, chosen.document, chosen.how);
      if (pointer.resolvedBy === 'page') resolved(pointer, chosen.document, 'page and the reference it annotates');
      return;
    }
    // The note's document, unless what the body says contradicts it. Then the body's own match stays only
    // when its series and number found it ("Consulate's 136" — p. 255 being a slip for 256); a match by date
    // alone is not enough against the editors' page ("Your cable of 22d" — "probably … May 2, ante, p. 232").
    const pointed = pointer.target ? index.byId.get(pointer.target) : undefined;
    if (pointed && !contradiction(body, pointed)) resolved(body, pointed, 'page given in the note');
    else if (found && !body.resolvedBy?.includes('number')) unresolved(body, `the note points to p. ${pointer.page}, where no document fits`);
    // The document kept is not on the note's page: the page is the note's, not the reference's.
    else if (found) body.page = null;
    return;
  }
  if (pointer.kind === 'document') {
    body.document = pointer.document;
    const target = pointer.target ? index.byId.get(pointer.target) : undefined;
    // "Document 45" names the document; the body reference takes it unless what it says contradicts it.
    if (target && !found && narrow(body, [target], citing).kind !== 'none') resolved(body, target, 'document number given in the note');
    else if (target && !found && !body.number && !body.date) resolved(body, target, 'document number given in the note');
    return;
  }
  if (pointer.kind === 'other' && pointer.position && !found) {
    // "Your telegram of yesterday¹ … ¹ Supra.": the nearest document before that fits the body reference, else the one just before.
    const near = neighbours(citing, index, pointer.position);
    const chosen = narrow({ ...body, position: null }, near, citing);
    const target = chosen.kind === 'one' ? chosen.document : chosen.kind === 'none' && chosen.reason === 'nothing said' ? near[0] : undefined;
    if (!target) return;
    const how = `${pointer.position === 'before' ? 'supra' : 'infra'} (note)`;
    resolved(body, target, how);
    resolved(pointer, target, how);
  }
}

import type { LocatedReference } from '../model/text-spans.ts';
import { contradiction } from './contradictions.ts';
import type { EditionIndex, IndexedDocument } from './edition-index.ts';
import { narrow } from './narrow-candidates.ts';
import { resolved, unresolved } from './outcomes.ts';
import { dateParts } from './reference-dates.ts';
import { parseVolumeLabel, sameVolume, volumeLabel } from './volumes.ts';

/** The volume group a page reference points into, or the reason it cannot be in the edition. */
export function groupOfPage(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): { group: string } | { reason: string } {
  if (!reference.volume) return { group: citing.group };
  const cited = parseVolumeLabel(reference.volume);
  const own = index.volumes.get(citing.group) ?? null;
  // "vol. iii" is a volume of the citing volume's own year and series; without volume ids, of the citing document's year.
  const year = cited?.year ?? own?.year ?? dateParts(citing.entry.record.date ?? citing.around?.high ?? null).year?.toString() ?? null;
  const volume = cited ? { year, series: cited.year ? cited.series : (own?.series ?? null), volume: cited.volume } : null;
  if (volume) {
    for (const [group, id] of index.volumes) if (sameVolume(id, volume)) return { group };
  }
  const label = volume ? volumeLabel(volume) : reference.volume;
  return { reason: `other volume: ${label}, ${reference.document ? `Document ${reference.document}` : `p. ${reference.page}`}` };
}

/**
 * Resolves `Document 45` (volumes numbered by document): the document of that
 * number in that volume, read from ids of the form `…-d0045`.
 */
export function resolveDocumentNumber(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const where = groupOfPage(reference, citing, index);
  if ('reason' in where) {
    reference.kind = 'other-volume';
    return unresolved(reference, where.reason);
  }
  reference.kind = 'document';
  const target = index.byDocumentNumber.get(where.group)?.get(reference.document!);
  if (!target) return unresolved(reference, 'not in this edition');
  if (target.id === citing.id) return unresolved(reference, 'this document');
  resolved(reference, target, 'document number');
}

/**
 * Resolves a page reference: the documents on that page of that volume,
 * narrowed by what the note says; the document where the page begins when
 * nothing narrows them. A page of the citing document itself ("Reference is
 * to p. 412" in a long report) is not another document.
 */
export function resolvePage(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const where = groupOfPage(reference, citing, index);
  if ('reason' in where) {
    reference.kind = 'other-volume';
    return unresolved(reference, where.reason);
  }
  if (reference.volume) reference.kind = 'page';
  const onPage = index.byPage.get(where.group)?.get(reference.page ?? '') ?? [];
  if (onPage.length === 0) return unresolved(reference, 'not in this edition');
  const others = onPage.filter((document) => document.id !== citing.id);
  const chosen = narrow(reference, others, citing);
  if (chosen.kind === 'one') return resolved(reference, chosen.document, chosen.how);
  if (chosen.kind === 'many') return unresolved(reference, `ambiguous: ${chosen.documents.length} candidates`, chosen.documents);
  const ruledOut = others.filter((document) => contradiction(reference, document));
  if (ruledOut.length > 0) {
    // What the note says (a date, a number) rules out documents on that page: the one left on it, if only one is.
    const left = others.filter((document) => !ruledOut.includes(document));
    if (left.length === 1) return resolved(reference, left[0], 'page; the others on it ruled out');
    if (left.length === 0) return unresolved(reference, `not on p. ${reference.page}: no document there fits`);
    const start = pageStart(onPage, reference.page!);
    if (!start || ruledOut.includes(start)) return unresolved(reference, `ambiguous: ${left.length} candidates`, left);
  }
  const start = pageStart(onPage, reference.page!);
  if (!start) return unresolved(reference, `ambiguous: page ${reference.page} begins between documents`, others);
  if (start.id === citing.id) return unresolved(reference, `this document, p. ${reference.page}`);
  resolved(reference, start, 'page');
}

/**
 * The document where printed page `page` begins: the one holding its page
 * break, else (the page began between documents) the first certainly on it;
 * null when that is not known.
 */
function pageStart(onPage: readonly IndexedDocument[], page: string): IndexedDocument | null {
  return onPage.find((document) => document.entry.record.pageBreaks.includes(page)) ?? onPage.find((document) => document.certainPages.includes(page)) ?? null;
}

/** The nearest documents before (supra) or after (infra) the citing one in its volume, nearest first. */
export function neighbours(citing: IndexedDocument, index: EditionIndex, position: 'before' | 'after'): IndexedDocument[] {
  const list = index.groups.get(citing.group) ?? [];
  const step = position === 'before' ? -1 : 1;
  const out: IndexedDocument[] = [];
  for (let at = citing.position + step; at >= 0 && at < list.length && out.length < 12; at += step) out.push(list[at]);
  return out;
}

/**
 * "June 20, 11 a.m., supra." in a note: the nearest document before (or
 * after) that fits what the note says. A bare "Supra." names no document by
 * itself — it may point within the document ("quoted in subenclosure,
 * infra") — so it resolves only with the body reference it annotates
 * (`readWithNotes`).
 */
export function resolveNeighbour(reference: LocatedReference, citing: IndexedDocument, index: EditionIndex): void {
  const said = reference.date || reference.number || reference.owner || reference.addressee;
  if (!said) return unresolved(reference, `${reference.position === 'before' ? 'supra' : 'infra'}: no document named`);
  const chosen = narrow({ ...reference, position: null }, neighbours(citing, index, reference.position!), citing);
  if (chosen.kind === 'one') return resolved(reference, chosen.document, chosen.how.replace(/^page/, reference.position === 'before' ? 'supra' : 'infra'));
  if (chosen.kind === 'many') return unresolved(reference, `ambiguous: ${chosen.documents.length} candidates`, chosen.documents);
  unresolved(reference, 'not in this edition');
}

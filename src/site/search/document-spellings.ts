/**
 * The other spellings of the people and places a document page names, for
 * its search data: the people and places the name matcher found in it, plus
 * places named in its header (a dateline's `CHUNGKING`, which the matcher
 * leaves unlinked), checked against everything on the page Pagefind indexes.
 * Pure: the page data and the authority entries in, spellings out.
 */
import type { EditionDocument } from '../../core/schemas/document.ts';
import { entriesNamedIn, otherSpellings, type AuthorityNames, type OtherSpellings } from './other-spellings.ts';

/** The parts of a document's page data the search data reads. */
export type SpellingSource = Pick<EditionDocument, 'title' | 'place' | 'from' | 'to' | 'subject' | 'participants' | 'source' | 'text' | 'footnotes' | 'provenance'> & {
  displayTitle: string;
  signatures: string[];
  editorialNote: string | null;
  /** The people and places the page lists as named in it (ids first; names and counts as the page data gives them). */
  mentionedPeople: { id: string }[];
  mentionedPlaces: { id: string }[];
};

/** The header's text: heading, dateline place, sender and recipient, subject, participants, signatures. */
function headerText(data: SpellingSource): string {
  const parties = [data.from, data.to].flatMap((party) => [party?.name ?? '', party?.role ?? '']);
  return [data.title, data.displayTitle, data.place ?? '', ...parties, data.subject ?? '', ...data.participants, ...data.signatures, data.source ?? ''].filter(Boolean).join('\n');
}

/** Everything the page gives Pagefind to index, as plain text: header, body, notes, editorial note, archival furniture. */
export function indexedText(data: SpellingSource): string {
  return [
    headerText(data),
    data.text,
    ...data.footnotes.map((note) => note.text),
    data.editorialNote ?? '',
    data.provenance.archivalSource ?? '',
    ...data.provenance.furniture.map((line) => line.text),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The other spellings of the people and places the document names (see `otherSpellings`), people first. */
export function documentSpellings(data: SpellingSource, people: readonly AuthorityNames[], places: readonly AuthorityNames[]): OtherSpellings[] {
  const personIds = new Set(data.mentionedPeople.map((person) => person.id));
  const placeIds = new Set(data.mentionedPlaces.map((place) => place.id));
  for (const place of entriesNamedIn(places, headerText(data))) placeIds.add(place.id);
  const named = [...people.filter((person) => personIds.has(person.id)), ...places.filter((place) => placeIds.has(place.id))];
  return otherSpellings(named, indexedText(data));
}

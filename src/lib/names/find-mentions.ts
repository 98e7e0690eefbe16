import type { Mention } from '../edition/types.ts';
import type { ParsedDocument } from '../parse/types.ts';
import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';

/** All names of the index, ready for matching. (Placeholder until the name matcher lands.) */
export interface NameIndex {
  people: readonly PersonEntry[];
  places: readonly PlaceEntry[];
}

/** Prepares the people and places indexes for matching. */
export function buildNameIndex(people: readonly PersonEntry[], places: readonly PlaceEntry[]): NameIndex {
  return { people, places };
}

/** Finds mentions of indexed people and places in a document's body and notes. */
export function findMentions(_parsed: ParsedDocument, _index: NameIndex, _aliases: Record<string, string>): Mention[] {
  return [];
}

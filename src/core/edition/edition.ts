import type { EditionSettings } from '../schemas/edition.ts';
import type { NameIndex } from '../names/name-index.ts';
import type { EditionEntry, PersonRecord, PlaceRecord } from '../model/edition.ts';

/** The whole edition, documents in chronological order (undated last, in file order). */
export interface Edition {
  settings: EditionSettings;
  documents: EditionEntry[];
  people: PersonRecord[];
  places: PlaceRecord[];
  /** The name matcher's index of people.yaml and places.yaml, as used to link the documents. */
  nameIndex: NameIndex;
  /** Problems with the content folder's index and settings files. */
  problems: string[];
}

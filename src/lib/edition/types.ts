import type { RawDocument } from '../content/read-content.ts';
import type { EditionDocument } from '../schemas/document.ts';
import type { EditionSettings } from '../schemas/edition.ts';
import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';
import type { ParsedDocument } from '../parse/types.ts';
import type { DescriptionSource } from '../names/footnote-identifications.ts';
import type { HeaderMention } from '../names/header-mentions.ts';
import type { NameIndex } from '../names/name-index.ts';
import type { LocatedReference, Mention } from '../model/text-spans.ts';

// The located text spans are the model's; named here too for the layers that read the edition.
export type { LocatedReference, Mention, TextSpan } from '../model/text-spans.ts';

/** One document of the edition with everything the site shows about it. */
export interface EditionEntry {
  id: string;
  /** The open-data record (edition-data.md). */
  record: EditionDocument;
  /** The annotated body and notes, for rendering. */
  parsed: ParsedDocument;
  /** The transcription as received. */
  raw: RawDocument;
  /** Position in file order (the printed volume's order). */
  fileOrder: number;
  mentions: Mention[];
  /** People named in the header (a conversation's participants, sender, recipient). */
  headerMentions: HeaderMention[];
  references: LocatedReference[];
  /** Editorial note from the sidecar, shown with the header. */
  editorialNote: string | null;
}

/** A person with the documents that mention them. */
export interface PersonRecord extends PersonEntry {
  documents: string[];
  /** Where the description comes from when a note supplied it, not the authority file. */
  descriptionSource?: DescriptionSource;
}

/** A place with the documents that mention it. */
export interface PlaceRecord extends PlaceEntry {
  documents: string[];
}

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

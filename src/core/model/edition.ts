import type { RawDocument } from './content.ts';
import type { EditionDocument } from '../schemas/document.ts';
import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';
import type { ParsedDocument } from './parsed-document.ts';
import type { HeaderMention, LocatedReference, Mention } from './text-spans.ts';

// The located text spans are the model's; named here too for the layers that read the edition.
export type { LocatedReference, Mention, TextSpan } from './text-spans.ts';

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

/** The source of a description taken from a footnote, kept with the person. */
export interface DescriptionSource {
  document: string;
  /** The note's index in the document (its anchor is `fn-<note + 1>`). */
  note: number;
  /** The note's marker as printed. */
  n: string;
  /** The note as printed. */
  text: string;
}

import type { Reference } from '../schemas/reference.ts';

/**
 * Where a span of text stands in a parsed document: in body block `index` (or
 * footnote `index`), inline `inline` of its content, characters `start`–`end`
 * of that inline's value. Mentions and references are located this way so
 * the renderer can mark exactly the words that were matched. The name matcher,
 * the reference finder and the renderer all read these; they import nothing
 * but the schemas, so every layer above can use them.
 */
export interface TextSpan {
  part: 'body' | 'note';
  index: number;
  inline: number;
  start: number;
  end: number;
}

/** A person or place named in a document. */
export interface Mention extends TextSpan {
  kind: 'person' | 'place';
  /** Id of the index entry. */
  id: string;
  /** The words as printed. */
  text: string;
}

/** A reference found in a document, with where it stands. */
export interface LocatedReference extends Reference {
  span: TextSpan;
}

/**
 * A person or place named in a document's header: the participants of a
 * conversation, the sender or recipient, or the post a heading says a
 * telegram is from or to (`FROM CHUNGKING TO FOREIGN OFFICE`).
 */
export interface HeaderMention {
  field: 'participants' | 'from' | 'to' | 'title';
  /** Position in the participants list (0 for from, to and title). */
  index: number;
  /** Characters of the participant's line, the party's name or the heading. */
  start: number;
  end: number;
  kind: 'person' | 'place';
  id: string;
  text: string;
}

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

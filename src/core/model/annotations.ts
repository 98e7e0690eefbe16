import type { Data, Emphasis, PhrasingContent } from 'mdast';
import type { LocatedReference, Mention, TextSpan } from './text-spans.ts';

/**
 * The annotated body: a document's text as mdast, where what the edition knows
 * about the text is a node of its own. The parser's annotations (page breaks,
 * note references, the editor's brackets) are made by `document-mdast.ts`;
 * mentions and references by the remark plugins that mark them
 * (`mention.ts`, `cross-reference.ts`). Each kind has one module with its
 * handler for remark-rehype, which presents it: until then a node says what
 * the text is, not how a page shows it.
 */

/** A printed page boundary: `[Page 668]`. */
export interface PageBreakNode {
  type: 'pageBreak';
  page: string;
  data?: Data;
}

/** A note's marker where it stands in the text: the `k`-th note (`note`), printed as `n`. */
export interface NoteReferenceNode {
  type: 'noteReference';
  note: number;
  n: string;
  data?: Data;
}

/** Words the editor supplied or queried in brackets: `[find?]`, `[Vyshinsky?]`. */
export interface EmendationNode {
  type: 'emendation';
  query: boolean;
  children: PhrasingContent[];
  data?: Data;
}

/** A person or place of the index, named here: the `index`-th mention, a link to `url` the first time the page names them. */
export interface MentionNode {
  type: 'mention';
  mention: Mention;
  index: number;
  url: string | null;
  children: PhrasingContent[];
  data?: Data;
}

/** The `index`-th reference to another document (`my 1307, October 8`): where it leads and what is there, or why it leads nowhere. */
export interface CrossReferenceNode {
  type: 'crossReference';
  reference: LocatedReference;
  index: number;
  url: string | null;
  description: string | null;
  children: PhrasingContent[];
  data?: Data;
}

/** Where a text node's words came from, so spans found on the parsed document can be marked on the tree. */
export interface TextLocation {
  part: TextSpan['part'];
  index: number;
  inline: number;
  /** Offset of the node's first character in the inline's value (nodes split by earlier marking start later). */
  offset?: number;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    pageBreak: PageBreakNode;
    noteReference: NoteReferenceNode;
    emendation: EmendationNode;
    mention: MentionNode;
    crossReference: CrossReferenceNode;
  }
  interface Data {
    /** Set on text nodes built from a parsed document (see `TextLocation`). */
    location?: TextLocation;
  }
}

/** A phrasing node rendered as the given HTML element (mdast-util-to-hast honours `data.hName`). */
export function element(hName: string, hProperties: Record<string, unknown>, children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', data: { hName, hProperties: hProperties as never }, children };
}

import type { DocumentType, Emendation, Footnote, Party, Provenance, Warning } from '../schemas/document.ts';

/** A run of the document's own words. */
export interface TextInline {
  type: 'text';
  value: string;
}

/** A footnote marker as printed; `note` is the index of the note in `ParsedDocument.footnotes`. */
export interface NoteRefInline {
  type: 'noteRef';
  n: string;
  note: number;
}

/** A printed page boundary (`[Page 668]`): the text after it stands on page `page`. */
export interface PageBreakInline {
  type: 'pageBreak';
  page: string;
}

/** An editor's bracketed insertion or query (`[find?]`), not the document's own words. */
export interface EmendationInline {
  type: 'emendation';
  value: string;
  query: boolean;
}

export type Inline = TextInline | NoteRefInline | PageBreakInline | EmendationInline;

/**
 * A paragraph of the body. `label` is the paragraph number or letter as printed
 * (`1.`, `(a)`, `b.`); `depth` is 1 for lettered sub-paragraphs under a numbered one.
 */
export interface Block {
  /** Set for lines that are not the text proper: a signature, or the signing block around it (`For the Secretary of State:`). */
  role?: 'signature' | 'signing';
  label?: string;
  depth: number;
  /** 1-based line in the source file where the block starts. */
  line: number;
  content: Inline[];
}

/** A note with its text split into inlines (notes carry page breaks and emendations too). */
export interface ParsedFootnote extends Footnote {
  line: number;
  content: Inline[];
}

/** Everything the parser reads out of one transcription, before linking and resolving. */
export interface ParsedDocument {
  type: DocumentType;
  title: string;
  source: string | null;
  fileNumber: string | null;
  /** Bracketed lines after the source note or heading (`[Telegram]`, `[Translation]`). */
  sourceExtra: string[];
  from: Party | null;
  to: Party | null;
  place: string | null;
  date: string | null;
  dateText: string | null;
  received: string | null;
  telegramNumber: string | null;
  /** A number printed in the header before the dateline (`No. 456`), without "No.". */
  number: string | null;
  classification: string | null;
  /** Every signature line, in order; `signedBy` in the export is the last. */
  signatures: string[];
  participants: string[];
  subject: string | null;
  /** Note markers printed in the header (e.g. after the heading), with the field they follow. */
  headerNotes: { field: string; note: number }[];
  /** True when the classification is struck through in the source (`~~SECRET~~`). */
  classificationStruck: boolean;
  body: Block[];
  footnotes: ParsedFootnote[];
  pageBreaks: string[];
  emendations: Emendation[];
  provenance: Provenance;
  /**
   * True for the copy of an archival typescript (its line ends kept, or archive
   * stamps on it): such a copy prints no page numbers of the volume, so the
   * absence of `[Page N]` says nothing of how many pages it runs to.
   */
  archivalCopy: boolean;
  /**
   * False when the notes are numbered by the export, not as the volume printed
   * them: a word processor's `[footnoteRef:N]` counts from 1 in each document.
   */
  volumeNoteNumbers: boolean;
  warnings: Warning[];
}

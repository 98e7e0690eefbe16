import { z } from 'zod';
import { referenceSchema } from './reference.ts';

/** Kinds of document the edition distinguishes (the open-data contract's list). */
export const documentTypes = ['telegram', 'memorandum', 'despatch', 'instruction', 'letter', 'note', 'aide-memoire', 'report', 'other'] as const;

export const documentTypeSchema = z.enum(documentTypes);
export type DocumentType = z.infer<typeof documentTypeSchema>;

/** Sender or recipient as the heading gives them: `{ name: "Henderson", role: "Chargé in the Soviet Union" }`. */
export const partySchema = z.object({
  /** Personal name, usually the surname in parentheses in the heading. */
  name: z.string().optional(),
  /** Office, without a leading "The". */
  role: z.string().optional(),
});
export type Party = z.infer<typeof partySchema>;

/** A note as printed, keeping the marker the text uses (`"85"`, not its position in the list). */
export const footnoteSchema = z.object({
  /** The marker as printed in the text. Markers may repeat within a document (per-page numbering). */
  n: z.string(),
  /** The note's text, markers and editorial brackets kept as printed. */
  text: z.string(),
  /** 1-based line of the note in the source file. */
  line: z.number().int().positive().optional(),
});
export type Footnote = z.infer<typeof footnoteSchema>;

/** Something the parser was unsure of, pointing at the line of the source file. */
export const warningSchema = z.object({
  /** The file the line is in, relative to the content folder, when it is not the transcription (its sidecar). */
  file: z.string().optional(),
  /** 1-based line in the source file; 0 when the warning concerns the whole file. */
  line: z.number().int().nonnegative(),
  message: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

/** An editor's bracketed insertion or query in the text (`[find?]`, `[Vyshinsky?]`, `[2]`). */
export const emendationSchema = z.object({
  /** The bracket's content, without the brackets. */
  text: z.string(),
  /** True for a query (`?`), false for a supplied or corrected reading. */
  query: z.boolean(),
  line: z.number().int().positive(),
});
export type Emendation = z.infer<typeof emendationSchema>;

/** A line of archival furniture (stamps, labels, checklists) taken out of the text. */
export const furnitureLineSchema = z.object({
  text: z.string(),
  line: z.number().int().positive(),
});

/** Where the transcription comes from, and what the scan carried besides the text. */
export const provenanceSchema = z.object({
  /** The archival source the furniture names, e.g. "Library of Congress, Manuscript Division, W. A. Harriman papers, Container 172". */
  archivalSource: z.string().nullable(),
  /** Lines of archival furniture, in source order, kept verbatim. */
  furniture: z.array(furnitureLineSchema),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * Where a document is printed: series, volume, its number in the volume and
 * its first and last page. Taken from the volume `edition.yaml` lists (or the
 * id's FRUS volume) and the printed page breaks; an editor's sidecar may set
 * or correct any part.
 */
export const printedSourceSchema = z.object({
  /** `Foreign Relations of the United States`. */
  series: z.string().nullable(),
  /** The volume as cited after the series (`1934, vol. IV`). */
  volume: z.string().nullable(),
  /** The short form for lists (`FRUS 1934, vol. IV`). */
  short: z.string().nullable(),
  /** The volume's id (`frus1934v04`), when the edition has it: its documents are listed at `/volumes/<id>/`. */
  volumeId: z.string().nullable(),
  /** The document's number in the volume (`321`). */
  document: z.string().nullable(),
  /** First and last printed page (`253`, `255`); the same for a document on one page. */
  firstPage: z.string().nullable(),
  lastPage: z.string().nullable(),
});
export type PrintedSource = z.infer<typeof printedSourceSchema>;

/**
 * A document as the edition publishes it (`/data/documents/<id>.json`).
 * Field names follow `shared/docs/edition-data.md`; extra fields come after `warnings`.
 */
export const documentSchema = z.object({
  /** File name without extension. */
  id: z.string(),
  /** Path of the transcription relative to the content folder. */
  sourceFile: z.string(),
  type: documentTypeSchema,
  /** The heading as printed. */
  title: z.string(),
  /** Source-note line as printed (`793.94/11763: Telegram`). */
  source: z.string().nullable(),
  /** Archival file number part of the source note (`793.94/11763`). */
  fileNumber: z.string().nullable(),
  from: partySchema.nullable(),
  to: partySchema.nullable(),
  /** Where it was written, from the dateline. */
  place: z.string().nullable(),
  /** ISO 8601 at the precision the text gives (`1937-12-21T14:00`, `1946-03-25`, `1938-01`); never invented. */
  date: z.string().nullable(),
  /** The date as printed. */
  dateText: z.string().nullable(),
  /** Inside of `[Received …]`. */
  received: z.string().nullable(),
  /** The sender's serial number opening a telegram's text (`333`). */
  telegramNumber: z.string().nullable(),
  /** Security classification, e.g. `SECRET`. */
  classification: z.string().nullable(),
  /** The signature; several signatories joined with "; ". */
  signedBy: z.string().nullable(),
  footnotes: z.array(footnoteSchema),
  /** Printed page numbers marked in the text (`[Page 668]`), in order. */
  pageBreaks: z.array(z.string()),
  /** The body as plain text: no header, markers, notes, page markers, signature or stamps. */
  text: z.string(),
  references: z.array(referenceSchema),
  /** Ids of people mentioned (see people.yaml). */
  people: z.array(z.string()),
  /** Ids of places mentioned (see places.yaml). */
  places: z.array(z.string()),
  warnings: z.array(warningSchema),

  /** "Present:" list of a memorandum of conversation. */
  participants: z.array(z.string()),
  /** "Subject:" line. */
  subject: z.string().nullable(),
  emendations: z.array(emendationSchema),
  provenance: provenanceSchema,
  /** Names of fields an editor set or corrected in the document's sidecar file. */
  editorSupplied: z.array(z.string()),
  /** Where the document is printed, when known. */
  printedSource: printedSourceSchema.nullable(),
});
export type EditionDocument = z.infer<typeof documentSchema>;

import { z } from 'zod';
import { documentTypeSchema, partySchema, provenanceSchema } from '../schemas/document.ts';

/**
 * The frontmatter of a document kept in Markdown (`documents/<id>.md`): the
 * parser's typed fields, as `npm run ingest -- --markdown` writes them and an
 * editor corrects them by hand. The text, its notes, page breaks and the
 * editor's brackets are in the Markdown body; the printed note markers, in
 * order, are `notes` (the body's `[^1]`, `[^2]` … are their positions).
 */
export const markdownFrontmatterSchema = z
  .object({
    type: documentTypeSchema.default('other'),
    title: z.string().default(''),
    source: z.string().nullable().default(null),
    fileNumber: z.string().nullable().default(null),
    /** Bracketed lines after the source note or heading (`[Telegram]`). */
    sourceExtra: z.array(z.string()).default([]),
    from: partySchema.nullable().default(null),
    to: partySchema.nullable().default(null),
    place: z.string().nullable().default(null),
    /** ISO 8601, as precise as the text: `1940-10-25`, `1937-12-21T14:00`, `1938-01`. */
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/)
      .nullable()
      .default(null),
    dateText: z.string().nullable().default(null),
    received: z.string().nullable().default(null),
    telegramNumber: z.string().nullable().default(null),
    /** The `No. 456` of the header, when it is there rather than opening the text. */
    number: z.string().nullable().default(null),
    classification: z.string().nullable().default(null),
    classificationStruck: z.boolean().default(false),
    /** The signature lines of the body, in order: the paragraphs that are these are shown as signatures. */
    signatures: z.array(z.string()).default([]),
    /** The lines around the signatures that are no text proper (`For the Secretary of State:`, an office below the name). */
    signingLines: z.array(z.string()).default([]),
    participants: z.array(z.string()).default([]),
    subject: z.string().nullable().default(null),
    /** The printed marker of each note, in the order of the body's `[^1]`, `[^2]` … */
    notes: z.array(z.string()).default([]),
    /** Note markers printed in the header: after which field, and which note (0-based). */
    headerNotes: z.array(z.object({ field: z.string(), note: z.number().int().nonnegative() })).default([]),
    provenance: provenanceSchema.default({ archivalSource: null, furniture: [] }),
    archivalCopy: z.boolean().default(false),
    volumeNoteNumbers: z.boolean().default(true),
  })
  .strict();

export type MarkdownFrontmatter = z.infer<typeof markdownFrontmatterSchema>;

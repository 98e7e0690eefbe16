import { z } from 'astro/zod';
import { documentTypeSchema, partySchema } from './document.ts';

/**
 * `<id>.yaml` beside a transcription: an editor's corrections and additions.
 * Every key is optional; what is given replaces what the parser found and is
 * shown on the page as supplied by the editor.
 */
export const sidecarSchema = z
  .object({
    type: documentTypeSchema,
    title: z.string(),
    source: z.string().nullable(),
    fileNumber: z.string().nullable(),
    from: partySchema.nullable(),
    to: partySchema.nullable(),
    place: z.string().nullable(),
    /** ISO 8601 date at the precision known: `1940-10-25`, `1940-10`, `1940-10-25T14:00`. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/, 'use ISO 8601, e.g. 1940-10-25 or 1940-10-25T14:00'),
    dateText: z.string().nullable(),
    received: z.string().nullable(),
    telegramNumber: z.string().nullable(),
    classification: z.string().nullable(),
    signedBy: z.string().nullable(),
    participants: z.array(z.string()),
    subject: z.string().nullable(),
    /** Names this document uses for people or places: `{ "the Marshal": "stalin" }` (index ids). */
    aliases: z.record(z.string(), z.string()),
    /** A note by the editor about this document, shown with the header. */
    editorialNote: z.string(),
  })
  .partial()
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

import { z } from 'zod';
import { documentSchema, printedSourceSchema } from './document.ts';

/**
 * `<id>.yaml` beside a transcription: an editor's corrections and additions.
 * Every key is optional; what is given replaces what the parser found and is
 * shown on the page as supplied by the editor. Unknown keys are errors, so a
 * misspelt field is reported rather than silently ignored.
 */
export const sidecarSchema = documentSchema
  .pick({
    type: true,
    title: true,
    source: true,
    fileNumber: true,
    from: true,
    to: true,
    place: true,
    dateText: true,
    received: true,
    telegramNumber: true,
    classification: true,
    signedBy: true,
    participants: true,
    subject: true,
  })
  .extend({
    /** ISO 8601 date at the precision known: `1940-10-25`, `1940-10`, `1940-10-25T14:00`. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/, 'use ISO 8601, e.g. 1940-10-25 or 1940-10-25T14:00'),
    /** Names this document uses for people or places: `{ "the Marshal": "stalin" }` (index ids). */
    aliases: z.record(z.string(), z.string()),
    /** A note by the editor about this document, shown with the header. */
    editorialNote: z.string(),
    /** Where it is printed, in part or whole: `{ series, volume, document, firstPage, lastPage }` (strings). */
    printedSource: printedSourceSchema.pick({ series: true, volume: true, short: true, document: true, firstPage: true, lastPage: true }).partial().strict(),
  })
  .partial()
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

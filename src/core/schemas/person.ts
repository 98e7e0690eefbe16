import { z } from 'zod';

/** A year or an ISO date at the precision known: `1878`, `1878-12`, `1878-12-18`. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a year or an ISO date, e.g. 1878 or 1878-12-18');

/** An entry in `content/people.yaml`. */
export const personEntrySchema = z
  .object({
    /** Stable slug used in URLs and the open data (`chiang-kai-shek`). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'),
    /** Display name (`Chiang Kai-shek`). Also matched in the text. */
    name: z.string().min(1),
    /** How the name is alphabetized in the index (`Stalin, Joseph`); default: the name as it stands (`Chiang Kai-shek`). */
    sortAs: z.string().min(1).optional(),
    /**
     * Spellings and forms the sources use (`Chiang Kai Shek`, `Chiang`), matched
     * case-sensitively wherever they begin with a capital. A form that could mean
     * someone else in another document (`the Marshal`, `Mr. Page`) belongs in that
     * document's sidecar `aliases`, not here. Default: none.
     */
    variants: z.array(z.string().min(1)).default([]),
    /**
     * Variants that are also ordinary English words (`Page`, `Long`, `Grew`): linked
     * only inside a sentence, never as its first word. Default: none.
     */
    ordinaryWords: z.array(z.string().min(1)).default([]),
    /** Short description: office at the time of the documents. Left out, a footnote that identifies the person supplies it. */
    description: z.string().optional(),
    /** Year or ISO date of birth. */
    born: partialDate.optional(),
    /** Year or ISO date of death. */
    died: partialDate.optional(),
    /** Wikidata QID (`Q16574`); only when certain. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'a Wikidata QID looks like Q16574')
      .optional(),
    /** VIAF identifier (digits); only when certain. */
    viaf: z.string().regex(/^\d+$/, 'a VIAF identifier is digits only').optional(),
  })
  .strict();
export type PersonEntry = z.infer<typeof personEntrySchema>;

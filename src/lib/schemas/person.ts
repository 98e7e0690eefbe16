import { z } from 'astro/zod';

/** An entry in `content/people.yaml`. */
export const personEntrySchema = z.object({
  /** Stable slug used in URLs and the open data (`chiang-kai-shek`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'),
  /** Display name (`Chiang Kai-shek`). */
  name: z.string().min(1),
  /** Spellings and forms the sources use (`Chiang Kai Shek`, `Chiang`, `Generalissimo`). */
  variants: z.array(z.string()).default([]),
  /** Short description: office at the time of the documents. */
  description: z.string().optional(),
  /** Year or ISO date of birth. */
  born: z.string().optional(),
  /** Year or ISO date of death. */
  died: z.string().optional(),
  /** Wikidata QID (`Q16574`). */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  /** VIAF identifier. */
  viaf: z.string().regex(/^\d+$/).optional(),
});
export type PersonEntry = z.infer<typeof personEntrySchema>;

export const peopleFileSchema = z.array(personEntrySchema);

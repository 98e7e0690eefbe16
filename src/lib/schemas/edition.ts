import { z } from 'astro/zod';

/** `content/edition.yaml`: what the edition says about itself. */
export const editionSettingsSchema = z.object({
  /** Title shown on every page and in citations. */
  title: z.string().min(1),
  subtitle: z.string().optional(),
  /** Editors, as they should be cited. */
  editors: z.array(z.string()).default([]),
  /** Introduction shown on the home page; blank lines separate paragraphs. */
  introduction: z.string().default(''),
  /** Licence of the edition's text and data. */
  licence: z.string().default(''),
  /** Publisher line used in citations. */
  publisher: z.string().optional(),
  /** Year of publication used in citations. */
  published: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Public address of the site (`https://example.org/edition`), used in citations; omitted when unknown. */
  url: z.string().url().optional(),
});
export type EditionSettings = z.infer<typeof editionSettingsSchema>;

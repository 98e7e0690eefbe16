import { z } from 'zod';

/**
 * A printed volume the edition's documents come from (`volumes:` in
 * `edition.yaml`). A document is in the volume whose `id` its own id begins
 * with, followed by `-` (`frus1934v04` holds `frus1934v04-d0321`); documents
 * are in printed order within it (file order). Ids of the Office of the
 * Historian's form (`frus1934v04-d0321`) name their FRUS volume even without
 * an entry here; an entry gives the volume's title as it should be cited.
 */
export const volumeSettingSchema = z
  .object({
    /** The id prefix of its documents, and its URL (`/volumes/frus1934v04/`). */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, `-`, `_` and `.` only'),
    /** The series (`Foreign Relations of the United States`). */
    series: z.string().min(1).optional(),
    /** The volume as cited after the series (`1934, The American Republics, vol. IV`). */
    volume: z.string().min(1),
    /** A short form for lists and headings (`FRUS 1934, vol. IV`); the series and volume when omitted. */
    short: z.string().min(1).optional(),
  })
  .strict();
export type VolumeSetting = z.infer<typeof volumeSettingSchema>;

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
  url: z.url({ protocol: /^https?$/, error: 'use an http:// or https:// address' }).optional(),
  /** The printed volumes the documents come from, for citations and browsing by volume. */
  volumes: z.array(volumeSettingSchema).optional(),
});
export type EditionSettings = z.infer<typeof editionSettingsSchema>;

import { z } from 'astro/zod';

/** An entry in `content/places.yaml`. */
export const placeEntrySchema = z.object({
  /** Stable slug used in URLs and the open data (`chungking`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'),
  /** Name as the sources use it (`Chungking`). */
  name: z.string().min(1),
  /** Today's name (pinyin for China: `Chongqing`). */
  modern: z.string().optional(),
  /** Other spellings in the sources and today (`Sin Kiang`, `Xinjiang`). */
  variants: z.array(z.string()).default([]),
  kind: z.enum(['city', 'region', 'country', 'building', 'other']).default('other'),
  /** `[longitude, latitude]` in decimal degrees. */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  description: z.string().optional(),
  /** Wikidata QID. */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  /** GeoNames identifier. */
  geonames: z.string().regex(/^\d+$/).optional(),
});
export type PlaceEntry = z.infer<typeof placeEntrySchema>;

export const placesFileSchema = z.array(placeEntrySchema);

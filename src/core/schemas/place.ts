import { z } from 'zod';

/** What sort of place an entry is; decides, among other things, how far the locator map zooms out. */
export const placeKindSchema = z.enum(['city', 'region', 'country', 'building', 'water', 'other']);
export type PlaceKind = z.infer<typeof placeKindSchema>;

/** An entry in `content/places.yaml`. */
export const placeEntrySchema = z
  .object({
    /** Stable slug used in URLs and the open data (`chungking`). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'),
    /** Name as the sources use it (`Chungking`). Also matched in the text. */
    name: z.string().min(1),
    /** Today's name (pinyin for China: `Chongqing`). Also matched in the text (editorial notes use it). */
    modern: z.string().optional(),
    /** Other spellings in the sources (`Sin Kiang`), matched case-sensitively. Default: none. */
    variants: z.array(z.string().min(1)).default([]),
    /** Variants that are also ordinary English words: linked only inside a sentence. Default: none. */
    ordinaryWords: z.array(z.string().min(1)).default([]),
    /** Default: `other`. */
    kind: placeKindSchema.default('other'),
    /** `[longitude, latitude]` in decimal degrees; left out for vague regions (`the Far East`). */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /** One line on what and where it is, at the time of the documents. */
    description: z.string().optional(),
    /** Wikidata QID; only when certain. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'a Wikidata QID looks like Q649')
      .optional(),
    /** GeoNames identifier; only when certain. */
    geonames: z.string().regex(/^\d+$/, 'a GeoNames identifier is digits only').optional(),
  })
  .strict();
export type PlaceEntry = z.infer<typeof placeEntrySchema>;

import { z } from 'zod';

/**
 * What a reference points at: another document by its kind (`telegram`,
 * `despatch` — instructions included —, `note`, `letter`, `other` for
 * memoranda, reports, "supra"/"infra"), a printed page of this edition
 * (`page`), a document of this volume by its number (`document`, as the later
 * FRUS volumes cite: "Document 45"), a page or document of another volume
 * (`other-volume`), or the editors' word that the document cited is not
 * printed (`not-printed`).
 */
export const referenceKinds = ['telegram', 'despatch', 'note', 'letter', 'page', 'document', 'other-volume', 'not-printed', 'paragraph', 'other'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** A reference from one document to another, or to a page, as printed. */
export const referenceSchema = z.object({
  /** The reference as printed (`my 1307, October 8, 5 p.m.`). */
  text: z.string(),
  kind: z.enum(referenceKinds),
  /** Id of the document in this edition it resolves to, or null. */
  target: z.string().nullable(),
  /** Where it stands: the body, or a footnote (`noteIndex` says which). */
  in: z.enum(['body', 'footnote']).default('body'),
  /** Serial number(s) cited (`1307`); an editor's correction in brackets wins (`250 [260]` → `260`). */
  number: z.string().nullable().default(null),
  /** ISO date (possibly partial) the reference gives, with the time when printed (`1940-10-08T17:00`); the year taken from the citing document when omitted, `--10-08` when that is unknown too. */
  date: z.string().nullable().default(null),
  /** Whose document: `my`, `your`, `Department's`, a named post… */
  owner: z.string().nullable().default(null),
  /** Printed page cited, for page and other-volume references, and for a body reference whose note gives the page. */
  page: z.string().nullable().default(null),
  /** Why the reference is unresolved (`not printed`, `not in this edition`, `ambiguous: 2 candidates`…), null when resolved. */
  unresolvedReason: z.string().nullable().default(null),
  /** For `Document 45`: the document's number in its printed volume. */
  document: z.string().nullable().default(null),
  /** The volume of another page reference, as `FRUS 1940 vol. III`; null for this edition. */
  volume: z.string().nullable().default(null),
  /** Who the cited document was addressed to, when printed (`telegram No. 1337 to the Ambassador in Great Britain`). */
  addressee: z.string().nullable().default(null),
  /** Where the editors say the cited document stands: `before` (ante, supra) or `after` (post, infra) the citing one. */
  position: z.enum(['before', 'after']).nullable().default(null),
  /** For `See footnote 32, p. 56`: the marker of the note cited on that page. */
  footnote: z.string().nullable().default(null),
  /** Paragraph(s) of the cited document (`Consulate's 89, paragraph 4` → `4`). */
  paragraph: z.string().nullable().default(null),
  /** Position (0-based) in the document's `footnotes` of the note the reference stands in; null in the body. */
  noteIndex: z.number().int().nonnegative().nullable().default(null),
  /** For a reference in the body: position in `footnotes` of the note whose marker follows it (the editors' comment on it), or null. */
  annotatedBy: z.number().int().nonnegative().nullable().default(null),
  /** How the target was found (`series, number and date`, `page`, `page and date`…), null when unresolved. */
  resolvedBy: z.string().nullable().default(null),
  /** Ids of the documents that fitted equally well, when the reference is ambiguous. */
  candidates: z.array(z.string()).default([]),
});
export type Reference = z.infer<typeof referenceSchema>;

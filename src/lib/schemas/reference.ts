import { z } from 'astro/zod';

/** What a reference points at. */
export const referenceKinds = [
  'telegram',
  'despatch',
  'note',
  'letter',
  'page',
  'other-volume',
  'not-printed',
  'paragraph',
  'other',
] as const;

/** A reference from one document to another, or to a page, as printed. */
export const referenceSchema = z.object({
  /** The reference as printed (`my 1307, October 8, 5 p.m.`). */
  text: z.string(),
  kind: z.enum(referenceKinds),
  /** Id of the document in this edition it resolves to, or null. */
  target: z.string().nullable(),
  /** Where it stands: the body, or the footnote with this marker. */
  in: z.enum(['body', 'footnote']).default('body'),
  /** Serial number(s) cited (`1307`). */
  number: z.string().nullable().default(null),
  /** ISO date (possibly partial) the reference gives, the year taken from the citing document when omitted. */
  date: z.string().nullable().default(null),
  /** Whose document: `my`, `your`, `Department's`, a named post… */
  owner: z.string().nullable().default(null),
  /** Printed page cited, for page references. */
  page: z.string().nullable().default(null),
  /** Why the reference is unresolved (`not printed`, `not in this edition`, `ambiguous`…), null when resolved. */
  unresolvedReason: z.string().nullable().default(null),
});
export type Reference = z.infer<typeof referenceSchema>;

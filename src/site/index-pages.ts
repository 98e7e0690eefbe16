import { z } from 'zod';
import type { Edition } from '../core/edition/edition.ts';
import { displayTitle } from '../core/model/display.ts';
import { locatorMap } from './maps/locator-map.ts';
import type { WorldShapes } from './maps/world.ts';
import { personEntrySchema } from '../core/schemas/person.ts';
import { placeEntrySchema } from '../core/schemas/place.ts';
import { collectAppearances, type AppearanceOptions } from '../core/names/appearances.ts';
import { buildAliasIndex } from '../core/names/name-index.ts';

/** A mention on an index page: the words around it and the anchor of the mention in the document (null: the header). */
export const snippetSchema = z.object({
  anchor: z.string().nullable(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
});

/** A document in which someone or somewhere appears, with how often and the first few mentions. */
export const appearanceSchema = z.object({
  document: z.string(),
  title: z.string(),
  dateLabel: z.string(),
  date: z.string().nullable(),
  year: z.string().nullable(),
  mentions: z.number(),
  snippets: z.array(snippetSchema),
});
export type AppearanceData = z.infer<typeof appearanceSchema>;

/** Where a description taken from a document's footnote comes from. */
export const descriptionSourceSchema = z.object({
  document: z.string(),
  /** The document's title, for the credit line. */
  title: z.string(),
  /** The note's index in the document: its anchor on the document page is `fn-<note + 1>`. */
  note: z.number(),
  /** The note's marker as printed. */
  n: z.string(),
  text: z.string(),
});

/** A person's page: the authority entry, the documents (chronological) and where in them they are named. */
export const personPageSchema = personEntrySchema.extend({
  documents: z.array(z.string()),
  /** Set when the description comes from a footnote rather than the authority file. */
  descriptionSource: descriptionSourceSchema.optional(),
  mentionCount: z.number(),
  appearances: z.array(appearanceSchema),
});
export type PersonPage = z.infer<typeof personPageSchema>;

/** A place's page: the authority entry, the documents and mentions, and its locator map (SVG) when it has coordinates. */
export const placePageSchema = placeEntrySchema.extend({
  documents: z.array(z.string()),
  mentionCount: z.number(),
  appearances: z.array(appearanceSchema),
  map: z.string().nullable(),
});
export type PlacePage = z.infer<typeof placePageSchema>;

/** Everything the people and places pages need, and what the build log reports about linking. */
export interface IndexPages {
  people: PersonPage[];
  places: PlacePage[];
  /** Ambiguous names, aliases to unknown ids: `file: message`. */
  problems: string[];
  /** One line for the build log. */
  summary: string;
}

/**
 * Builds the data of every person and place page from the edition: where
 * each is named (documents in chronological order, a few keyword-in-context
 * snippets each), descriptions from identifying footnotes for people the
 * authority file leaves undescribed, and a locator map for each place with
 * coordinates. Pure: the edition and the world's shapes in, page data out.
 */
export function buildIndexPages(edition: Edition, world: WorldShapes | null, options: AppearanceOptions = {}): IndexPages {
  const index = edition.nameIndex;
  const appearances = collectAppearances(edition.documents, options);
  const titles = new Map(edition.documents.map((entry) => [entry.id, displayTitle(entry.record)]));

  // Descriptions from identifying notes were filled in by buildEdition; the page adds the note's document title.
  const people: PersonPage[] = edition.people.map(({ documents: _documents, descriptionSource: source, ...person }) => {
    const found = appearances.get(`person:${person.id}`) ?? [];
    return {
      ...person,
      ...(source ? { descriptionSource: { ...source, title: titles.get(source.document) ?? source.document } } : {}),
      documents: found.map((appearance) => appearance.document),
      mentionCount: found.reduce((sum, appearance) => sum + appearance.mentions, 0),
      appearances: found,
    };
  });
  const places: PlacePage[] = edition.places.map(({ documents: _documents, ...place }) => {
    const found = appearances.get(`place:${place.id}`) ?? [];
    return {
      ...place,
      documents: found.map((appearance) => appearance.document),
      mentionCount: found.reduce((sum, appearance) => sum + appearance.mentions, 0),
      appearances: found,
      map: world && place.coordinates ? locatorMap({ coordinates: place.coordinates, label: place.name, kind: place.kind, id: place.id }, world) : null,
    };
  });

  const problems = [...index.problems.map((problem) => `people.yaml/places.yaml: ${problem}`)];
  for (const entry of edition.documents) {
    const aliases = entry.raw.sidecar?.aliases;
    if (aliases) for (const problem of buildAliasIndex(aliases, index).problems) problems.push(`${entry.raw.sidecarFile ?? entry.id}: ${problem}`);
  }
  const mentionTotal = edition.documents.reduce((sum, entry) => sum + entry.mentions.length, 0);
  const linkedPeople = people.filter((person) => person.documents.length > 0).length;
  const linkedPlaces = places.filter((place) => place.documents.length > 0).length;
  const summary =
    `names: ${mentionTotal} mentions of ${linkedPeople}/${people.length} people and ${linkedPlaces}/${places.length} places in ${edition.documents.length} documents; ` +
    // Listing the capitalized names the index lacks scans every word of the edition: left to `npm run ingest -- --unindexed`.
    'names not yet in the index: npm run ingest -- --unindexed' +
    (problems.length ? `; ${problems.length} index problems` : '');
  return { people, places, problems, summary };
}

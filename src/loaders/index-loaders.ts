import type { Loader, LoaderContext } from 'astro/loaders';
import { personPageSchema, placePageSchema, type IndexPages } from '../site/index-pages.ts';
import { contentFilePath } from './edition-loader.ts';
import type { EditionSource } from './edition-source.ts';

export { personPageSchema, placePageSchema };

/** People of `content/people.yaml`, with the documents that name them and where. */
export function peopleLoader(source: EditionSource): Loader & { schema: typeof personPageSchema } {
  return indexLoader(source, 'edition-people', 'people.yaml', personPageSchema, (pages) => pages.people);
}

/** Places of `content/places.yaml`, with the documents that name them, where, and a locator map. */
export function placesLoader(source: EditionSource): Loader & { schema: typeof placePageSchema } {
  return indexLoader(source, 'edition-places', 'places.yaml', placePageSchema, (pages) => pages.places);
}

/** A loader storing one of the two halves of the index pages' data (the source computes both once). */
function indexLoader<Schema extends typeof personPageSchema | typeof placePageSchema>(
  source: EditionSource,
  name: string,
  file: string,
  schema: Schema,
  entries: (pages: IndexPages) => readonly ({ id: string } & Record<string, unknown>)[],
): Loader & { schema: Schema } {
  source.register(name);
  return {
    name,
    schema,
    async load(context) {
      const sync = async () => {
        await storeAll(context, contentFilePath(context, file), entries(await source.indexPages(context)));
        source.done(name);
      };
      await sync();
      source.watch(context, name, sync);
    },
  };
}

/**
 * Stores the entries with content digests, so an unchanged entry is not
 * rewritten and its page can be skipped by an incremental build; entries no
 * longer in the index are removed.
 */
async function storeAll(context: LoaderContext, filePath: string, entries: readonly ({ id: string } & Record<string, unknown>)[]): Promise<void> {
  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  for (const entry of entries) {
    const digest = context.generateDigest(entry);
    if (context.store.get(entry.id)?.digest === digest) continue;
    context.store.set({ id: entry.id, data: await context.parseData({ id: entry.id, data: entry, filePath }), digest, filePath });
  }
}

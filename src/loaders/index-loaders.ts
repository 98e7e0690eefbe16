import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { personEntrySchema } from '../lib/schemas/person.ts';
import { placeEntrySchema } from '../lib/schemas/place.ts';
import { loadEdition } from './edition-loader.ts';

/** A person of the index with the documents (chronological) that mention them. */
export const personPageSchema = personEntrySchema.extend({ documents: z.array(z.string()) });
/** A place of the index with the documents (chronological) that mention it. */
export const placePageSchema = placeEntrySchema.extend({ documents: z.array(z.string()) });

/** People of `content/people.yaml`, with where they are mentioned. */
export function peopleLoader(): Loader {
  return {
    name: 'edition-people',
    schema: personPageSchema,
    async load(context) {
      const edition = await loadEdition(context);
      context.store.clear();
      for (const person of edition.people) context.store.set({ id: person.id, data: person });
    },
  };
}

/** Places of `content/places.yaml`, with where they are mentioned. */
export function placesLoader(): Loader {
  return {
    name: 'edition-places',
    schema: placePageSchema,
    async load(context) {
      const edition = await loadEdition(context);
      context.store.clear();
      for (const place of edition.places) context.store.set({ id: place.id, data: place });
    },
  };
}

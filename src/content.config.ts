import { defineCollection } from 'astro:content';
import { documentsLoader, editionLoader } from './loaders/edition-loader.ts';
import { EditionSource } from './loaders/edition-source.ts';
import { peopleLoader, placesLoader } from './loaders/index-loaders.ts';

// One edition, built once from the content folder, for the four collections that show it.
const edition = new EditionSource();

export const collections = {
  edition: defineCollection({ loader: editionLoader(edition) }),
  documents: defineCollection({ loader: documentsLoader(edition) }),
  people: defineCollection({ loader: peopleLoader(edition) }),
  places: defineCollection({ loader: placesLoader(edition) }),
};

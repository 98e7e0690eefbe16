import { defineCollection } from 'astro:content';
import { documentsLoader, editionLoader } from './loaders/edition-loader.ts';
import { peopleLoader, placesLoader } from './loaders/index-loaders.ts';

export const collections = {
  edition: defineCollection({ loader: editionLoader() }),
  documents: defineCollection({ loader: documentsLoader() }),
  people: defineCollection({ loader: peopleLoader() }),
  places: defineCollection({ loader: placesLoader() }),
};

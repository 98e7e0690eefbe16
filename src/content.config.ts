import { defineCollection } from 'astro:content';
import { documentsLoader } from './loaders/edition-loader.ts';
import { peopleLoader, placesLoader } from './loaders/index-loaders.ts';

export const collections = {
  documents: defineCollection({ loader: documentsLoader() }),
  people: defineCollection({ loader: peopleLoader() }),
  places: defineCollection({ loader: placesLoader() }),
};

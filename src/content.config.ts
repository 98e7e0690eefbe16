import { defineCollection } from 'astro:content';
import { documentsLoader } from './loaders/edition-loader.ts';

export const collections = {
  documents: defineCollection({ loader: documentsLoader() }),
};

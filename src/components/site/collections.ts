/** Reading the edition's collections the way every page needs them. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

/** All documents in chronological order (undated last, in file order), as the edition builder ordered them. */
export async function chronologicalDocuments(): Promise<CollectionEntry<'documents'>[]> {
  return (await getCollection('documents')).sort((a, b) => a.data.chronologicalIndex - b.data.chronologicalIndex);
}

/** All documents in printed order: the order of the files, volume by volume, dated or not. */
export async function printedDocuments(): Promise<CollectionEntry<'documents'>[]> {
  return (await getCollection('documents')).sort((a, b) => a.data.fileOrder - b.data.fileOrder);
}

/** The edition's settings and figures (the `edition` collection's single entry). */
export async function editionSettings(): Promise<CollectionEntry<'edition'>['data']> {
  const entry = await getEntry('edition', 'settings');
  if (!entry) throw new Error('The edition collection has no "settings" entry (content/edition.yaml).');
  return entry.data;
}

/** Blank-line separated paragraphs of a plain-text field (rendered as text, never as HTML). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

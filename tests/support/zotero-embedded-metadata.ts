/**
 * What Zotero takes from a page's Highwire Press tags, following its Embedded
 * Metadata translator (zotero/translators, `Embedded Metadata.js`, as of
 * 2024-06): each field is the first `html > head > meta` whose name *ends*
 * with the tag (`meta[name$="citation_title"]`); the item type comes from the
 * tags present (`citation_book_title` or `citation_inbook_title` make a book
 * section, `citation_title` alone a guessed journal article); authors and
 * editors from `citation_author` / `citation_editor` (split at `;`); pages
 * from first and last page; with no `citation_public_url` the URL falls back
 * to the canonical link, else the address the page was read from.
 */
import type { HTMLElement } from 'node-html-parser';

/** The translator's HIGHWIRE_MAPPINGS, in its order (later tags overwrite nothing: each Zotero field has one). */
const HIGHWIRE_MAPPINGS: [string, string][] = [
  ['citation_title', 'title'],
  ['citation_publication_date', 'date'],
  ['citation_cover_date', 'date'],
  ['citation_date', 'date'],
  ['citation_journal_title', 'publicationTitle'],
  ['citation_inbook_title', 'publicationTitle'],
  ['citation_book_title', 'bookTitle'],
  ['citation_volume', 'volume'],
  ['citation_series_title', 'series'],
  ['citation_publisher', 'publisher'],
  ['citation_public_url', 'url'],
  ['citation_language', 'language'],
];

/** A Zotero item as the translator leaves it, for the fields an edition gives. */
export interface ZoteroItem {
  itemType: string | undefined;
  fields: Record<string, string>;
  creators: { name: string; creatorType: 'author' | 'editor' }[];
  pages?: string;
  url: string;
}

/** Reads a parsed page (`node-html-parser`) as Zotero would, the page having been loaded from `location`. */
export function zoteroItem(root: HTMLElement, location: string): ZoteroItem {
  const head = root.querySelector('html > head')!;
  const content = (tag: string) => head.querySelector(`meta[name$="${tag}"]`)?.getAttribute('content')?.trim() || undefined;
  const all = (tag: string) => head.querySelectorAll(`meta[name$="${tag}"]`).map((meta) => meta.getAttribute('content') ?? '');

  let itemType: string | undefined;
  let guess: string | undefined;
  for (const meta of head.querySelectorAll('meta')) {
    const name = meta.getAttribute('name');
    if (!name || !meta.getAttribute('content')) continue;
    for (const tag of name.split(/\s+/)) {
      switch (tag.slice(tag.lastIndexOf('citation_'))) {
        case 'citation_journal_title':
          itemType = 'journalArticle';
          break;
        case 'citation_book_title':
        case 'citation_inbook_title':
          itemType = 'bookSection';
          break;
        case 'citation_title':
        case 'citation_series_title':
          guess ??= 'journalArticle';
          break;
      }
    }
  }

  const fields: Record<string, string> = {};
  for (const [tag, field] of HIGHWIRE_MAPPINGS) {
    const value = content(tag);
    if (value) fields[field] = value.replace(/\s+/g, ' ');
  }
  const creators = (tag: string, creatorType: 'author' | 'editor') =>
    all(tag)
      .flatMap((value) => value.split(/\s*;\s*/))
      .map((name) => name.trim())
      .filter((name) => /[^\s,-.;]/.test(name))
      .map((name) => ({ name, creatorType }));
  const first = content('citation_firstpage');
  const last = content('citation_lastpage');
  const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    itemType: itemType ?? guess,
    fields,
    creators: [...creators('citation_author', 'author'), ...creators('citation_editor', 'editor')],
    ...(first ? { pages: last ? `${first}-${last}` : first } : {}),
    url: new URL(fields.url ?? canonical ?? location, location).href,
  };
}

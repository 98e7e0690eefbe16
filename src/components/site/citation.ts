/**
 * The citation of the whole edition, as a plain string (rendered as text,
 * never as HTML). Chicago-like, the form historians expect from an edition:
 * editors, title, publisher and year, stable URL. A document's citations are
 * made by citation-js from its CSL-JSON item (src/site/citation/).
 */

/** What a citation needs to know about the edition. */
export interface EditionCitationInfo {
  title: string;
  editors: string[];
  publisher?: string;
  published?: string;
}

/** `A and B` / `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `ed.` or `eds.` after the editors' names, empty when there are none. */
function editorsPart(editors: readonly string[]): string {
  if (editors.length === 0) return '';
  return `${joinNames(editors)}, ${editors.length === 1 ? 'ed.' : 'eds.'}`;
}

/** The whole edition: `Editors, eds. Title. Publisher, Year. URL.` */
export function editionCitation(edition: EditionCitationInfo, url: string): string {
  const imprint = [edition.publisher, edition.published].filter(Boolean).join(', ');
  // A bare path (no public address configured) means nothing in a citation of the whole edition.
  const address = /^https?:/.test(url) ? `${url}.` : '';
  return [editorsPart(edition.editors), `${edition.title}.`, imprint ? `${imprint}.` : '', address].filter(Boolean).join(' ');
}

/** An absolute URL when the site's address is known (`Astro.site`, else the edition's `url`), else the path. */
export function stableUrl(path: string, site: URL | undefined, editionUrl: string | undefined): string {
  if (site) return new URL(path, site).href;
  if (editionUrl) {
    // The edition's URL may include the base path already; the path is relative to the site root.
    const origin = new URL(editionUrl);
    return new URL(path, origin.origin).href;
  }
  return path;
}

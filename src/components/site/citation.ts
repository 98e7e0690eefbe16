/**
 * Citations of the edition and of its documents, as plain strings (rendered as
 * text, never as HTML). Chicago-like, the form historians expect from an
 * edition: editors, title, publisher and year, stable URL.
 */

/** What a citation needs to know about the edition. */
export interface EditionCitationInfo {
  title: string;
  editors: string[];
  publisher?: string;
  published?: string;
}

/** What a citation needs to know about one document. */
export interface DocumentCitationInfo {
  title: string;
  dateLabel: string;
  /** True when the date was supplied by the editors (shown in brackets, as editions do). */
  dateSupplied: boolean;
  fileNumber: string | null;
  /** Where it is printed, as `printedSourceLabel` gives it (`Foreign Relations of the United States, 1934, vol. IV, document 321, pp. 253–255`), or null. */
  printed?: string | null;
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

/**
 * One document: `"Title," date, file no. X. Printed in Series, volume, document N, pp. M–N.
 * In Edition, edited by Editors. Publisher, Year. URL (accessed …).`
 */
export function documentCitation(document: DocumentCitationInfo, edition: EditionCitationInfo, url: string): string {
  const date = document.dateSupplied ? `[${document.dateLabel}]` : document.dateLabel;
  const head = `“${document.title},” ${date}${document.fileNumber ? `, file no. ${document.fileNumber}` : ''}.${document.printed ? ` Printed in ${document.printed}.` : ''}`;
  const editors = edition.editors.length ? `, edited by ${joinNames(edition.editors)}` : '';
  const imprint = [edition.publisher, edition.published].filter(Boolean).join(', ');
  return `${head} In ${edition.title}${editors}.${imprint ? ` ${imprint}.` : ''} ${url} (accessed [date]).`;
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

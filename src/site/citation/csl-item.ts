import type { EditionDocument } from '../../core/schemas/document.ts';
import { displayTitle } from '../../core/model/display.ts';
import { printedVolumeTitle } from '../../core/edition/printed-source.ts';

/**
 * A CSL-JSON item (https://citationstyles.org/, the schema's `csl-data.json`):
 * the one description of a document that every citation format is made from —
 * the page's Chicago citation, the `.csl.json`, `.bib` and `.ris` downloads.
 * Only the fields this edition fills are typed.
 */
export interface CslItem {
  id: string;
  type: 'document';
  title: string;
  author?: CslName[];
  /** The edition's editors (of the collection, not of the printed volume). */
  'collection-editor'?: CslName[];
  /** The document's own date, at the precision the source gives. */
  issued?: { 'date-parts': [number[]] };
  /** Where it is printed: `Foreign Relations of the United States, 1934, vol. IV`. */
  'container-title'?: string;
  /** Its number in the printed volume. */
  number?: string;
  /** Its pages in the printed volume (`253-255`). */
  page?: string;
  /** This edition, which publishes it online. */
  'collection-title': string;
  publisher?: string;
  /** The archival file number. */
  archive_location?: string;
  /** Where it was written. */
  'event-place'?: string;
  /** Only an absolute address: a path means nothing once copied out of the site. */
  URL?: string;
}

/** A name as CSL-JSON has it; editions print names as they are cited, so they stay literal. */
export interface CslName {
  literal: string;
}

/** What a citation needs to know about the edition (`content/edition.yaml`). */
export interface CitedEdition {
  title: string;
  editors: readonly string[];
  publisher?: string;
}

/** The fields of a document a citation uses: the open-data record and the page data both have them. */
export type CitedDocument = Pick<EditionDocument, 'id' | 'title' | 'subject' | 'type' | 'fileNumber' | 'date' | 'from' | 'place' | 'printedSource'>;

/**
 * The CSL-JSON item of a document. The sender is the author (the heading names
 * them too, as FRUS prints it), the printed volume the container, with the
 * document's number and pages, and the edition the collection it is published
 * in, with its editors and publisher. `url` is the document's public address,
 * or null when the site's address is unknown: then the printed source says
 * where to find it.
 */
export function documentCslItem(document: CitedDocument, edition: CitedEdition, url: string | null): CslItem {
  const printed = document.printedSource;
  const container = printedVolumeTitle(printed);
  const issued = dateParts(document.date);
  const pages = printed?.firstPage ? (printed.lastPage && printed.lastPage !== printed.firstPage ? `${printed.firstPage}-${printed.lastPage}` : printed.firstPage) : null;
  return {
    id: document.id,
    type: 'document',
    title: displayTitle(document),
    ...(document.from?.name ? { author: [{ literal: document.from.name }] } : {}),
    ...(edition.editors.length ? { 'collection-editor': edition.editors.map((name) => ({ literal: name })) } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(container ? { 'container-title': container } : {}),
    ...(container && printed?.document ? { number: printed.document } : {}),
    ...(container && pages ? { page: pages } : {}),
    'collection-title': edition.title,
    ...(edition.publisher ? { publisher: edition.publisher } : {}),
    ...(document.fileNumber ? { archive_location: document.fileNumber } : {}),
    ...(document.place ? { 'event-place': document.place } : {}),
    ...(url ? { URL: url } : {}),
  };
}

/** `1937-12-21T14:00` → `[1937, 12, 21]`, `1938-01` → `[1938, 1]`; null when there is no date. */
export function dateParts(date: string | null): number[] | null {
  const match = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!match) return null;
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}

/**
 * The edition's documents by printed volume, in printed order (the order of
 * the files), for browsing a volume as it was printed: undated documents
 * stay where the volume prints them. Pure, on page data.
 */
import type { DocumentPage } from '../../site/page-data.ts';
import { withBase } from '../../site/urls.ts';

/** Documents a volume page lists before it is split into numbered pages. */
export const VOLUME_PAGE_SIZE = 500;

/** What grouping needs of a document. */
type Printed = Pick<DocumentPage, 'id' | 'fileOrder' | 'date' | 'dateLabel' | 'printedSource'>;

/** A volume with its documents in printed order, and what a list of volumes says of it. */
export interface VolumeGroup<T extends Printed> {
  id: string;
  /** `FRUS 1934, vol. IV`. */
  short: string;
  /** `Foreign Relations of the United States, 1934, vol. IV`. */
  title: string;
  documents: T[];
  /** Printed pages covered, when known (`1–702`). */
  pages: string | null;
  /** Earliest and latest dates (ISO), when any is dated. */
  from: string | null;
  to: string | null;
  undated: number;
}

/** The volumes the documents are printed in, in the order their documents come in the files; documents with no volume are left out. */
export function volumeGroups<T extends Printed>(documents: readonly T[]): VolumeGroup<T>[] {
  const groups = new Map<string, VolumeGroup<T>>();
  for (const document of [...documents].sort((a, b) => a.fileOrder - b.fileOrder)) {
    const source = document.printedSource;
    if (!source?.volumeId) continue;
    let group = groups.get(source.volumeId);
    if (!group) {
      group = {
        id: source.volumeId,
        short: source.short ?? source.volumeId,
        title: [source.series, source.volume].filter(Boolean).join(', ') || source.volumeId,
        documents: [],
        pages: null,
        from: null,
        to: null,
        undated: 0,
      };
      groups.set(source.volumeId, group);
    }
    group.documents.push(document);
  }
  for (const group of groups.values()) {
    const pages = group.documents
      .flatMap((document) => [document.printedSource?.firstPage, document.printedSource?.lastPage])
      .filter((page): page is string => !!page && /^\d+$/.test(page))
      .map(Number);
    group.pages = pages.length ? `${Math.min(...pages)}–${Math.max(...pages)}` : null;
    const dates = group.documents.flatMap((document) => (document.date ? [document.date] : [])).sort();
    group.from = dates[0] ?? null;
    group.to = dates.at(-1) ?? null;
    group.undated = group.documents.length - dates.length;
  }
  return [...groups.values()];
}

/** URL of page `page` (1-based) of a volume's list. */
export function volumeUrl(base: string, volume: string, page = 1): string {
  return withBase(base, page > 1 ? `volumes/${encodeURIComponent(volume)}/${page}/` : `volumes/${encodeURIComponent(volume)}/`);
}

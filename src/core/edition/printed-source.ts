import type { PrintedSource } from '../schemas/document.ts';
import type { VolumeSetting } from '../schemas/edition.ts';
import type { Sidecar } from '../schemas/sidecar.ts';
import { romanNumeral, volumeOfId } from '../references/volumes.ts';

/** The series the Office of the Historian's ids (`frus1934v04-d0321`) name. */
export const FRUS = 'Foreign Relations of the United States';

/** A volume a document may be in: from `edition.yaml`, or named by a FRUS id. */
export interface PrintedVolume {
  id: string;
  series: string | null;
  volume: string;
  short: string;
}

/**
 * The volume a document is in: the `edition.yaml` volume whose id its id
 * begins with (then `-`), else the FRUS volume its id names
 * (`frus1918Russiav03-d0012` → 1918, Russia, vol. III), else null.
 */
export function volumeOf(id: string, volumes: readonly VolumeSetting[]): PrintedVolume | null {
  const configured = volumes.find((volume) => id.startsWith(`${volume.id}-`));
  if (configured) {
    const series = configured.series ?? null;
    return { id: configured.id, series, volume: configured.volume, short: configured.short ?? [series, configured.volume].filter(Boolean).join(', ') };
  }
  const named = volumeOfId(id);
  if (!named) return null;
  const { year, series, volume } = named.volume;
  const cited = [year?.replace('-', '–'), series, volume !== null ? `vol. ${romanNumeral(volume)}` : null].filter(Boolean).join(', ');
  return { id: named.group, series: FRUS, volume: cited, short: `FRUS ${cited}` };
}

/** The document's number in its volume, from an id ending in `-d0321` (→ `321`). */
export function documentNumberOf(id: string): string | null {
  const match = /-d0*(\d+)$/.exec(id);
  return match ? match[1] : null;
}

/**
 * Where a document is printed: its volume (see `volumeOf`), its number in
 * the volume when its id gives one, its first and last page when they are
 * certain (`pages`, from the page breaks: see references/edition-index.ts),
 * each part replaced by the editor's sidecar where it sets one. Null when
 * nothing at all is known. `supplied` is true when the sidecar set a part.
 */
export function printedSourceOf(
  id: string,
  volumes: readonly VolumeSetting[],
  pages: readonly string[],
  sidecar: Sidecar['printedSource'] | undefined,
): { source: PrintedSource | null; supplied: boolean } {
  const volume = volumeOf(id, volumes);
  const numeric = pages.filter((page) => /^\d+$/.test(page)).map(Number);
  const computed: PrintedSource = {
    series: volume?.series ?? null,
    volume: volume?.volume ?? null,
    short: volume?.short ?? null,
    volumeId: volume?.id ?? null,
    document: volume ? documentNumberOf(id) : null,
    firstPage: numeric.length ? String(Math.min(...numeric)) : null,
    lastPage: numeric.length ? String(Math.max(...numeric)) : null,
  };
  const given = Object.fromEntries(Object.entries(sidecar ?? {}).filter(([, value]) => value !== undefined));
  const source: PrintedSource = { ...computed, ...given };
  // An editor who names the volume without a short form gets one made of what they gave.
  if (given.series !== undefined || given.volume !== undefined) source.short = given.short ?? ([shortSeries(source.series), source.volume].filter(Boolean).join(' ') || null);
  if (source.firstPage && !source.lastPage) source.lastPage = source.firstPage;
  const known = Object.entries(source).some(([key, value]) => key !== 'volumeId' && value !== null);
  return { source: known ? source : null, supplied: Object.keys(given).length > 0 };
}

/** `Foreign Relations of the United States` → `FRUS`; other series as written. */
function shortSeries(series: string | null): string | null {
  return series === FRUS ? 'FRUS' : series;
}

/** `pp. 253–255`, `p. 253`, or null. */
export function pagesLabel(source: Pick<PrintedSource, 'firstPage' | 'lastPage'>): string | null {
  if (!source.firstPage) return null;
  return source.lastPage && source.lastPage !== source.firstPage ? `pp. ${source.firstPage}–${source.lastPage}` : `p. ${source.firstPage}`;
}

/**
 * The printed source in full, as a citation gives it:
 * `Foreign Relations of the United States, 1934, vol. IV, document 321, pp. 253–255`.
 */
export function printedSourceLabel(source: PrintedSource): string {
  return [source.series, source.volume, source.document ? `document ${source.document}` : null, pagesLabel(source)].filter(Boolean).join(', ');
}

/** The printed volume as a title (`Foreign Relations of the United States, 1934, vol. IV`), or null when neither series nor volume is known. */
export function printedVolumeTitle(source: PrintedSource | null): string | null {
  return source && (source.series || source.volume) ? [source.series, source.volume].filter(Boolean).join(', ') : null;
}

/** The short form for lists and results: `FRUS 1934, vol. IV, doc. 321, p. 253`. */
export function printedSourceShort(source: PrintedSource): string {
  return [source.short, source.document ? `doc. ${source.document}` : null, pagesLabel(source)].filter(Boolean).join(', ');
}

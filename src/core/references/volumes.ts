/**
 * Volumes of a printed series, as document ids name them and as editors'
 * notes cite them. A page reference is only meaningful within one volume, so
 * the edition's documents are grouped by volume and notes' citations of
 * volumes are compared with those groups.
 */

/** A volume of the series: year(s), subseries (`Russia`, `Japan`), volume number; any part may be unknown. */
export interface VolumeId {
  year: string | null;
  series: string | null;
  volume: number | null;
}

/** Value of a Roman numeral (`iii` → 3) or of Arabic figures; null when it is neither. */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const value = values[lower[index]];
    const next = values[lower[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

/** Roman numeral of `value` in capitals (`3` → `III`). */
export function romanNumeral(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/**
 * The volume part of a document id, when ids follow the Office of the
 * Historian's pattern `frus<year><subseries>v<NN>-d<NNN>` (`frus1918Russiav03-d0012`
 * → group `frus1918Russiav03`, volume 1918 Russia vol. III; `frus1917Supp02v02-d0066`
 * → 1917 Supplement 2 vol. II). Other ids give
 * null: the edition is then one sequence of pages.
 */
export function volumeOfId(id: string): { group: string; volume: VolumeId } | null {
  // The subseries may carry a number: `frus1917Supp02v02` is 1917, Supplement 2, vol. II.
  const match = /^(frus(\d{4}(?:-\d{2,4})?)([A-Za-z]*?(?:\d+(?=v\d))?)(?:v(\d+))?(?:p\d+)?)-d\d+$/i.exec(id);
  if (!match) return null;
  return { group: match[1], volume: { year: match[2], series: subseriesName(match[3]) || null, volume: match[4] ? Number(match[4]) : null } };
}

/** `Supp02` → `Supplement 2`; other subseries as the id spells them (`Russia`). */
function subseriesName(part: string): string {
  const supplement = /^Supp(\d+)$/i.exec(part);
  return supplement ? `Supplement ${Number(supplement[1])}` : part;
}

/** A volume as a note would cite it: `FRUS 1940 vol. III`, `FRUS 1918 Russia vol. II`, `FRUS 1878`. */
export function volumeLabel(volume: VolumeId): string {
  return ['FRUS', volume.year, volume.series, volume.volume !== null ? `vol. ${romanNumeral(volume.volume)}` : null].filter(Boolean).join(' ');
}

/** True when two volume ids name the same volume (series compared without case). */
export function sameVolume(a: VolumeId, b: VolumeId): boolean {
  return a.year === b.year && (a.series ?? '').toLowerCase() === (b.series ?? '').toLowerCase() && a.volume === b.volume;
}

/**
 * Reads a volume label written by the page-reference recognizer back into a
 * volume id: `FRUS 1933 vol. IV`, `FRUS 1918 Russia vol. II`, or `vol. III`
 * (a volume of the citing document's own series and year: `year` and
 * `series` null).
 */
export function parseVolumeLabel(label: string): VolumeId | null {
  const match = /^(?:FRUS(?:\s+(\d{4}(?:[–-]\d{2,4})?))?(?:\s+([A-Z][A-Za-z ]*?))?\s*)?(?:vol\.\s+([IVXLCDM]+|\d+))?$/.exec(label.trim());
  if (!match || (!match[1] && !match[3])) return null;
  return { year: match[1] ?? null, series: match[2]?.trim() || null, volume: match[3] ? numeralValue(match[3]) : null };
}

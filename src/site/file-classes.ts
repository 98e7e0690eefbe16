/**
 * The State Department's decimal file, as a way into the edition: its file
 * numbers (src/core/parse/file-numbers.ts) read as class, file and serial, so
 * documents can be browsed as the Department filed them — by class
 * (`861.77`, Russian railways), then by file (`710.G Commercial Agreement`)
 * and serial. Pure.
 */

/** The parts of a file number: `710.G Commercial Agreement/22` → class `710.G`, file `710.G Commercial Agreement`, serial `22`. */
export interface FileNumberParts {
  /** The decimal class with its subclass (`861.77`, `865D.01`, `123P54`), and the files it is in when not the Department's (`Paris Peace Conf. 180.03101`). */
  fileClass: string;
  /** The class with its subject words: the file the paper is in. */
  file: string;
  /** The paper's serial in its file (`1230`, `2619½`, `5353/7`). */
  serial: string;
  /** The first digit: one of the file's nine divisions (DIVISIONS); `other` for another body's files (`Paris Peace Conf.`, `F.O.`). */
  division: string;
}

/** The nine divisions of the decimal file (1910–1963), by the first digit of a class. */
export const DIVISIONS: Record<string, string> = {
  '0': 'General and miscellaneous',
  '1': 'Administration of the Government of the United States',
  '2': 'Extradition',
  '3': 'Protection of interests',
  '4': 'Claims',
  '5': 'International congresses and conferences; multilateral treaties',
  '6': 'Commercial relations',
  '7': 'Political relations of states',
  '8': 'Internal affairs of states',
  other: 'Other files (numbers the Department’s decimal file did not give)',
};

const CLASS = String.raw`\d{3}(?:[A-Za-z]{1,2}\d{0,3})?(?:\.\s?[\dA-Za-z]{1,6})?`;
const PARTS = new RegExp(String.raw`^((?:\p{Lu}[\p{L}.]*\s+){0,4}?(${CLASS}))((?:[ —–-][^:/\n]{1,60}?)?)\/(.+)$`, 'u');

/** The class, file and serial of a file number, or null when it is not one of the decimal file's. */
export function fileNumberParts(fileNumber: string): FileNumberParts | null {
  const match = PARTS.exec(fileNumber.trim());
  if (!match) return null;
  const [, typed, bare, subject, serial] = match;
  // `710. G` is `710.G`, as the transcriptions type it both ways.
  const fileClass = typed.replace(/(\d)\.\s+/g, '$1.');
  return { fileClass, file: `${fileClass}${subject}`, serial, division: typed === bare ? bare[0] : 'other' };
}

/** Orders file numbers as a filing clerk would: class, subject words, then the serial's number (`/9` before `/10`). */
export function compareFileNumbers(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The address of a class's page: `/files/861.77/`; letters and dots are safe
 * in a URL path. Lower case, so `867N` and `867n` (one class, typed two ways)
 * are one page, as they would be one file on a case-insensitive file system.
 */
export function fileClassSlug(fileClass: string): string {
  return fileClass
    .toLowerCase()
    .replace(/(\d)\.\s+/g, '$1.')
    .replace(/\s+/g, '-');
}

/** Documents on one page of a class (`/files/724.3415/2/`), as the chronology's years. */
export const FILE_CLASS_PAGE_SIZE = 500;

/** A document as the file browse lists it. */
export interface FiledItem {
  id: string;
  fileNumber: string | null;
  chronologicalIndex: number;
}

/** One class of the file, with its documents ordered by file number (then by date). */
export interface FileClassGroup<Item extends FiledItem> {
  fileClass: string;
  slug: string;
  division: string;
  /** The files of the class (`710.G`, `710.G Commercial Agreement`), each with its documents by serial. */
  files: { file: string; items: Item[] }[];
  count: number;
}

/**
 * The documents grouped by class of the decimal file, classes in the file's
 * order (`103.96`, `611.3231`, `861.00`, `861.77`), each class's files and
 * each file's documents by serial; documents with no file number, or one of
 * another scheme, are returned apart, in chronological order.
 */
export function groupByFileClass<Item extends FiledItem>(items: readonly Item[]): { classes: FileClassGroup<Item>[]; unfiled: Item[] } {
  const classes = new Map<string, FileClassGroup<Item>>();
  const unfiled: Item[] = [];
  const serialOf = new Map<Item, string>();
  for (const item of items) {
    const parts = item.fileNumber ? fileNumberParts(item.fileNumber) : null;
    if (!parts) {
      unfiled.push(item);
      continue;
    }
    serialOf.set(item, parts.serial);
    const slug = fileClassSlug(parts.fileClass);
    let group = classes.get(slug);
    if (!group) {
      group = { fileClass: parts.fileClass, slug, division: parts.division, files: [], count: 0 };
      classes.set(slug, group);
    }
    let file = group.files.find((candidate) => candidate.file === parts.file);
    if (!file) {
      file = { file: parts.file, items: [] };
      group.files.push(file);
    }
    file.items.push(item);
    group.count += 1;
  }
  const sorted = [...classes.values()].sort((a, b) => compareFileNumbers(a.fileClass, b.fileClass));
  for (const group of sorted) {
    group.files.sort((a, b) => compareFileNumbers(a.file, b.file));
    for (const file of group.files) file.items.sort((a, b) => compareFileNumbers(serialOf.get(a)!, serialOf.get(b)!) || a.chronologicalIndex - b.chronologicalIndex);
  }
  return { classes: sorted, unfiled: [...unfiled].sort((a, b) => a.chronologicalIndex - b.chronologicalIndex) };
}

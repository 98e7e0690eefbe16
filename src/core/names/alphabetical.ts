/** Something listed in an A–Z index, filed under `sortKey`. */
export interface Alphabetized {
  sortKey: string;
}

/** A letter of the A–Z index with what is filed under it. */
export interface LetterGroup<Item> {
  /** `A`…`Z`, or `#` for names that begin with a figure or a sign. */
  letter: string;
  /** Anchor of the group on the page (`letter-a`). */
  anchor: string;
  items: Item[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The letter a name is filed under: accents dropped (`Ürümqi` under U). */
export function initialOf(sortKey: string): string {
  const first = sortKey.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/u.test(first) ? first : '#';
}

/**
 * Sorts items by `sortKey` (accents and case ignored) and groups them under
 * their initial letter, in alphabetical order, for an index with letter jump links.
 */
export function groupByInitial<Item extends Alphabetized>(items: readonly Item[]): LetterGroup<Item>[] {
  const sorted = [...items].sort((a, b) => collator.compare(a.sortKey, b.sortKey));
  const groups: LetterGroup<Item>[] = [];
  for (const item of sorted) {
    const letter = initialOf(item.sortKey);
    let group = groups.at(-1);
    if (!group || group.letter !== letter) {
      group = { letter, anchor: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  // `#` after Z, as in a printed index.
  return [...groups.filter((group) => group.letter !== '#'), ...groups.filter((group) => group.letter === '#')];
}

/** Groups consecutive items by year (`null`: undated), keeping their order: a long list of documents reads by year. */
export function groupByYear<Item extends { year: string | null }>(items: readonly Item[]): { year: string | null; items: Item[] }[] {
  const groups: { year: string | null; items: Item[] }[] = [];
  for (const item of items) {
    const group = groups.at(-1);
    if (group && group.year === item.year) group.items.push(item);
    else groups.push({ year: item.year, items: [item] });
  }
  return groups;
}

/** Life dates for display: `1878–1953`, `b. 1891`, `d. 2003`, or empty. */
export function lifeDates(born: string | undefined, died: string | undefined): string {
  const year = (date: string | undefined) => date?.slice(0, 4);
  if (born && died) return `${year(born)}–${year(died)}`;
  if (born) return `b. ${year(born)}`;
  if (died) return `d. ${year(died)}`;
  return '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1878-12-18` → `18 December 1878`, `1890-03` → `March 1890`, `1890` as it is. */
export function formatLifeDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

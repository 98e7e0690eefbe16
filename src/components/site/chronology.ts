/**
 * Grouping documents by year and month for the home page and the chronology
 * pages, and the URLs of those pages. Undated documents form their own group
 * (`undated`, in file order): no date is ever guessed for them.
 */
import { withBase } from '../../site/urls.ts';

/** The slug of the group of documents without a date. */
export const UNDATED = 'undated';

/** Documents per chronology page before it is split into numbered pages. */
export const YEAR_PAGE_SIZE = 500;

/** Above this many documents the home page shows the year/month overview instead of every document. */
export const HOME_LIST_LIMIT = 300;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What grouping needs to know about a document. */
export interface Datable {
  id: string;
  date: string | null;
}

/** `1937` for a dated document, `undated` otherwise. */
export function yearKey(date: string | null): string {
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : UNDATED;
}

/** `12` for `1937-12-21`, `''` when the date gives only the year. */
export function monthKey(date: string | null): string {
  const match = date?.match(/^\d{4}-(\d{2})/);
  return match ? match[1] : '';
}

/** `December`, or a note that the source gives no month. */
export function monthLabel(month: string): string {
  return month ? (MONTHS[Number(month) - 1] ?? month) : 'Month not given';
}

/** Heading of a year group. */
export function yearLabel(year: string): string {
  return year === UNDATED ? 'Undated' : year;
}

/** Items grouped in order of first appearance; the input is already in chronological order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups[groups.length - 1];
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

/** Anchor id of a month heading on a year page. */
export function monthAnchor(month: string): string {
  return month ? `m-${month}` : 'm-none';
}

/** URL of page `page` (1-based) of a year's chronology. */
export function yearUrl(base: string, year: string, page = 1): string {
  return withBase(base, page > 1 ? `chronology/${year}/${page}/` : `chronology/${year}/`);
}

/** Per year, per month: how many documents and on which page of the year they start. */
export interface YearOverview {
  year: string;
  count: number;
  pages: number;
  months: { month: string; count: number; page: number }[];
}

/** The year/month overview of documents given in chronological order. */
export function overview(documents: readonly Datable[]): YearOverview[] {
  return groupBy(documents, (doc) => yearKey(doc.date)).map(({ key: year, items }) => {
    let offset = 0;
    const months =
      year === UNDATED
        ? []
        : groupBy(items, (doc) => monthKey(doc.date)).map(({ key: month, items: inMonth }) => {
            const page = Math.floor(offset / YEAR_PAGE_SIZE) + 1;
            offset += inMonth.length;
            return { month, count: inMonth.length, page };
          });
    return { year, count: items.length, pages: Math.max(1, Math.ceil(items.length / YEAR_PAGE_SIZE)), months };
  });
}

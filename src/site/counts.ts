/** Counts as the site words them. */

/** `1 document`, `12 documents`. */
export function documentCount(count: number): string {
  return `${count} ${count === 1 ? 'document' : 'documents'}`;
}

/** `once`, `3 times`. */
export function timesCount(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** ` (page 2 of 5)` for a list that takes more than one page, else nothing. */
export function pageNote(page: { currentPage: number; lastPage: number }): string {
  return page.lastPage > 1 ? ` (page ${page.currentPage} of ${page.lastPage})` : '';
}

/**
 * What the search page says about a search, in its live status line (read
 * out by screen readers after each search) and under the results. Worded
 * here, apart from the DOM, so that every case can be read and tested. Pure.
 */
import { tickedCount, type SearchState } from './search-state.ts';
import { documentCount } from '../../site/counts.ts';

/** The status when Pagefind could not be loaded: the site's other ways in still work. */
export const LOAD_FAILED = 'The search could not be loaded. Please reload the page, or browse the documents by date, person or place.';

/**
 * The status line after a search with `count` results: how many documents
 * were found, for what and with how many filters; when none, what to try.
 */
export function statusText(state: SearchState, count: number): string {
  const documents = documentCount(count);
  const filterCount = tickedCount(state.filters);
  const filters = filterCount === 0 ? '' : ` with ${filterCount === 1 ? '1 filter' : `${filterCount} filters`}`;
  if (!state.query) return count === 0 ? 'No document matches these filters.' : `${documents} match${count === 1 ? 'es' : ''} these filters.`;
  if (count === 0) return `No document found for “${state.query}”${filters}. ${filterCount ? 'Try removing a filter, or' : 'Try'} another spelling or fewer words.`;
  return `${documents} found for “${state.query}”${filters}.`;
}

/** The line under the results once they take more than one page (`Showing 40 of 57.`), else nothing. */
export function shownText(shown: number, count: number, pageSize: number): string {
  return count > pageSize ? `Showing ${shown} of ${count}.` : '';
}

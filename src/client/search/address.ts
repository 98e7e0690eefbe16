/**
 * The search in the address bar and the page's title: read once when the
 * page opens (`?q=` from the header form of every page, or a shared link),
 * written back after every change with `history.replaceState`, so that the
 * address can be shared or bookmarked without filling the history with each
 * word typed. The title names the search for the tab, the history and
 * screen readers. The state's own encoding is `search-state.ts`.
 */
import { parseSearchState, searchStateParams, type SearchState } from './search-state.ts';

/** The address of the search page (`pathname`) holding `state`: no `?` at all for an empty search. */
export function addressOf(pathname: string, state: SearchState): string {
  const query = searchStateParams(state).toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

/** The page's title for `state`: the words searched for before the page's own title. */
export function titleOf(state: SearchState, pageTitle: string): string {
  return state.query ? `“${state.query}” · ${pageTitle}` : pageTitle;
}

/** The address bar of this page: the search it opened with, and a way to keep it up to date. */
export interface AddressBar {
  /** The search the address held when the page opened. */
  initial: SearchState;
  /** Puts `state` into the address and the title, replacing the current history entry. */
  write(state: SearchState): void;
}

/** Reads the address and the title as the page opened (call once, before the first `write`). */
export function addressBar(): AddressBar {
  const pageTitle = document.title;
  return {
    initial: parseSearchState(new URLSearchParams(location.search)),
    write(state) {
      history.replaceState(history.state, '', addressOf(location.pathname, state));
      document.title = titleOf(state, pageTitle);
    },
  };
}

/**
 * On a narrow screen the filters would push the results far down: there
 * they fold behind a disclosure button, which says how many are ticked so
 * that a folded filter is not forgotten. On a wide screen the button is
 * hidden and the filters always shown.
 */

/** Where the filters fold (as in search.css). */
const NARROW = '(max-width: 48rem)';

/** The disclosure button's words: "Show filters (2 ticked)", "Hide filters". */
export function filtersToggleLabel(open: boolean, ticked: number): string {
  return `${open ? 'Hide' : 'Show'} filters${ticked ? ` (${ticked} ticked)` : ''}`;
}

/**
 * Folds `body` behind `toggle` on a narrow screen, closed at first; `ticked`
 * says how many filters are ticked. Lays them out now, on each click and
 * change of screen width, and on each `layout()` (after a tick).
 */
export function foldFilters(toggle: HTMLButtonElement, body: HTMLElement, ticked: () => number): { layout(): void } {
  const narrow = matchMedia(NARROW);
  let open = false;
  const layout = () => {
    toggle.hidden = !narrow.matches;
    body.hidden = narrow.matches && !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = filtersToggleLabel(open, ticked());
  };
  toggle.addEventListener('click', () => {
    open = !open;
    layout();
  });
  narrow.addEventListener('change', layout);
  layout();
  return { layout };
}

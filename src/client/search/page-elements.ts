/**
 * The elements of the search page's markup (SearchPage.astro) that its
 * script drives, found once by their `data-*` attributes and checked for
 * their kind: a missing or changed one is a mistake in the markup, and the
 * error names it, rather than failing later on some property of null.
 */

/** The search page's elements, by what they are for. */
export interface SearchElements {
  /** The search box's form: a plain GET form to this page, taken over by the script. */
  form: HTMLFormElement;
  /** The words to search for. */
  input: HTMLInputElement;
  /** The order of the results (relevance, oldest, newest). */
  sort: HTMLSelectElement;
  /** The polite live region that says what was found. */
  status: HTMLElement;
  /** Where the facets' fieldsets go. */
  facets: HTMLElement;
  /** "Clear all filters". */
  clear: HTMLButtonElement;
  /** The list of results. */
  results: HTMLOListElement;
  /** "Showing 20 of 57." */
  shown: HTMLElement;
  /** "Show more results". */
  more: HTMLButtonElement;
  /** The button the filters fold behind on a narrow screen. */
  facetsToggle: HTMLButtonElement;
  /** What that button folds: the facets and "Clear all filters". */
  facetsBody: HTMLElement;
  /** The controls that need this script: hidden in the markup, shown once it runs. */
  scriptOnly: HTMLElement[];
}

/** The element under `root` that `selector` finds, if it is a `kind`. */
function one<T extends Element>(root: ParentNode, selector: string, kind: { new (): T; prototype: T }): T {
  const element = root.querySelector(selector);
  if (!(element instanceof kind)) throw new Error(`search page: ${selector} is ${element ? `a <${element.localName}>, not the element expected` : 'missing'}`);
  return element;
}

/** The search page's elements inside `root`; throws, naming the selector, if one is missing. */
export function searchElements(root: HTMLElement): SearchElements {
  return {
    form: one(root, '[data-search-form]', HTMLFormElement),
    input: one(root, '[data-search-input]', HTMLInputElement),
    sort: one(root, '[data-search-sort]', HTMLSelectElement),
    status: one(root, '[data-search-status]', HTMLElement),
    facets: one(root, '[data-search-facets]', HTMLElement),
    clear: one(root, '[data-search-clear]', HTMLButtonElement),
    results: one(root, '[data-search-results]', HTMLOListElement),
    shown: one(root, '[data-search-shown]', HTMLElement),
    more: one(root, '[data-search-more]', HTMLButtonElement),
    facetsToggle: one(root, '[data-facets-toggle]', HTMLButtonElement),
    facetsBody: one(root, '[data-facets-body]', HTMLElement),
    scriptOnly: [...root.querySelectorAll<HTMLElement>('[data-search-ui]')],
  };
}

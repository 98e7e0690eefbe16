/**
 * The facets as the reader sees them: a fieldset of checkboxes per facet,
 * each value with its number of documents, built once from the whole index
 * and then updated after each search. A value no result has is hidden
 * (unless ticked, or where the keyboard is), and a long facet shows its first
 * few values until unfolded. What to show is decided by `facetView` (pure);
 * the rest only puts it into the DOM, always as text.
 */
import { FACETS, orderFacetValues, type Facet, type SearchState } from './search-state.ts';
import type { Counts } from './pagefind-shards.ts';

/** Values a facet shows before "Show all". */
export const FACET_PREVIEW = 6;

/** One value of a facet as `facetView` weighs it, in the order listed. */
export interface FacetValueState {
  count: number;
  ticked: boolean;
  /** Where the keyboard is: hiding it would lose the reader's place. */
  focused: boolean;
}

/** What a facet shows. */
export interface FacetView {
  /** Per value, in the order given, whether it is hidden. */
  hidden: boolean[];
  /** Whether there are enough values to fold (the "Show all" button is shown). */
  foldable: boolean;
  /** How many values are kept (have documents, are ticked or focused): the number "Show all" gives. */
  kept: number;
}

/**
 * What a facet shows of `values`: a value with no documents is hidden unless
 * ticked or focused; folded (not `expanded`), and with more than one value
 * beyond the preview (folding away one would save nothing), only the first
 * `preview` kept values and those ticked or focused.
 */
export function facetView(values: readonly FacetValueState[], expanded: boolean, preview = FACET_PREVIEW): FacetView {
  const keeps = values.map((value) => value.count > 0 || value.ticked || value.focused);
  const kept = keeps.filter(Boolean).length;
  const foldable = kept > preview + 1;
  let rank = 0;
  const hidden = values.map((value, index) => {
    if (!keeps[index]) return true;
    const folded = foldable && !expanded && rank >= preview && !value.ticked && !value.focused;
    rank += 1;
    return folded;
  });
  return { hidden, foldable, kept };
}

/** The fold button's words: "Show all 12" or "Show fewer". */
export function unfoldLabel(expanded: boolean, kept: number): string {
  return expanded ? 'Show fewer' : `Show all ${kept}`;
}

/** What follows a value's count for screen readers (hidden on screen): ` document`, ` documents`. */
export function countUnit(count: number): string {
  return count === 1 ? ' document' : ' documents';
}

interface FacetItem {
  item: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

/** A facet's fieldset and its values' elements. */
export interface FacetGroup {
  facet: Facet;
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  more: HTMLButtonElement;
  items: Map<string, FacetItem>;
  expanded: boolean;
  /** The counts last shown, for unfolding without searching again. */
  counts: Record<string, number>;
}

/** Builds one value's list item: its checkbox, and a label with its name and (filled in by `updateFacetGroup`) count. */
function facetItem(facet: Facet, value: string, index: number, ticked: boolean, onTick: (checked: boolean) => void): FacetItem {
  const item = document.createElement('li');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = `facet-${facet.key}-${index}`;
  input.value = value;
  input.checked = ticked;
  input.addEventListener('change', () => onTick(input.checked));
  const label = document.createElement('label');
  label.htmlFor = input.id;
  const name = document.createElement('span');
  name.className = 'facet-name';
  name.textContent = value;
  const count = document.createElement('span');
  count.className = 'facet-count';
  label.append(name, ' ', count);
  item.append(input, label);
  return { item, input, count };
}

/**
 * Fills `container` with a fieldset per facet that has values in `totals`,
 * in the order of `FACETS`, the values ticked in `state` ticked; `onTick` is
 * told each tick and untick. Returns the groups by facet key.
 */
export function buildFacetGroups(container: HTMLElement, totals: Counts, state: SearchState, onTick: (key: string, value: string, checked: boolean) => void): Map<string, FacetGroup> {
  const groups = new Map<string, FacetGroup>();
  container.replaceChildren();
  for (const facet of FACETS) {
    const values = totals[facet.key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'facet';
    const legend = document.createElement('legend');
    legend.textContent = facet.label;
    fieldset.append(legend);
    if (facet.match === 'all') {
      const hint = document.createElement('p');
      hint.className = 'facet-hint';
      hint.id = `facet-hint-${facet.key}`;
      hint.textContent = 'Documents naming every one ticked.';
      fieldset.setAttribute('aria-describedby', hint.id);
      fieldset.append(hint);
    }
    const list = document.createElement('ul');
    list.className = 'facet-values';
    list.id = `facet-values-${facet.key}`;
    const items = new Map<string, FacetItem>();
    orderFacetValues(facet, values).forEach((value, index) => {
      const entry = facetItem(facet, value, index, state.filters[facet.key]?.includes(value) ?? false, (checked) => onTick(facet.key, value, checked));
      list.append(entry.item);
      items.set(value, entry);
    });
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'facet-more';
    more.setAttribute('aria-controls', list.id);
    more.setAttribute('aria-expanded', 'false');
    const group: FacetGroup = { facet, fieldset, list, more, items, expanded: false, counts: {} };
    more.addEventListener('click', () => {
      group.expanded = !group.expanded;
      updateFacetGroup(group, group.counts, false);
    });
    fieldset.append(list, more);
    container.append(fieldset);
    groups.set(facet.key, group);
  }
  return groups;
}

/**
 * Shows each value's count and what `facetView` keeps; with `reorder`, a facet
 * ordered by count is put in the new counts' order first — unless the reader
 * is inside it, where values moving under the keyboard would be lost.
 */
export function updateFacetGroup(group: FacetGroup, counts: Record<string, number>, reorder: boolean): void {
  group.counts = counts;
  const focusInside = group.fieldset.contains(document.activeElement);
  if (reorder && !focusInside && group.facet.order === 'count') {
    const order = orderFacetValues(group.facet, Object.fromEntries([...group.items.keys()].map((value) => [value, counts[value] ?? 0])));
    group.list.append(...order.map((value) => group.items.get(value)!.item));
  }
  const listed = [...group.list.children].map((item) => group.items.get(item.querySelector('input')!.value)!);
  const view = facetView(
    listed.map((entry) => ({ count: counts[entry.input.value] ?? 0, ticked: entry.input.checked, focused: entry.input === document.activeElement })),
    group.expanded,
  );
  listed.forEach((entry, index) => {
    const count = counts[entry.input.value] ?? 0;
    const unit = document.createElement('span');
    unit.className = 'visually-hidden';
    unit.textContent = countUnit(count);
    entry.count.replaceChildren(`${count}`, unit);
    entry.item.hidden = view.hidden[index];
  });
  group.more.hidden = !view.foldable;
  group.more.setAttribute('aria-expanded', String(group.expanded));
  group.more.textContent = unfoldLabel(group.expanded, view.kept);
  // A facet with nothing to offer is hidden, unless the reader is in it.
  group.fieldset.hidden = view.kept === 0 && !focusInside;
}

/** Unticks every value (the state is cleared by the caller). */
export function untickAll(groups: ReadonlyMap<string, FacetGroup>): void {
  for (const group of groups.values()) for (const entry of group.items.values()) entry.input.checked = false;
}

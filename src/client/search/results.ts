/**
 * The list of results as the reader sees it: each result a heading linking
 * to the document at the match, a line of its date, parties, file number and
 * printed source, a snippet with the matched words marked, and, when it was
 * found by another spelling of a name, a note saying which. Everything from
 * the index goes into text nodes and `<mark>` elements: no HTML is built
 * from a document's text. What to show is worked out by the pure functions
 * here and in `excerpt.ts`; then "Show more" adds a page at a time.
 */
import { resultExcerpt, textFragmentUrl, type ExcerptPart, type ResultExcerpt, type SpellingMatch } from './excerpt.ts';
import type { Result, ResultData } from './pagefind-shards.ts';
import { noResults, PAGE_SIZE, type OrderedResults } from './result-order.ts';
import { shownText } from './status.ts';
import { decodeSpellings, othersText } from '../../site/search/spellings-meta.ts';

/**
 * The snippet of a result for `query`: from its text (which begins at its
 * `document-text` anchor), never from the other spellings its page hands
 * the index (at the `other-spellings` anchor, `meta.spellings`).
 */
export function excerptOf(data: ResultData, query: string): ResultExcerpt {
  const spellings = decodeSpellings(data.meta.spellings);
  const others = data.anchors.find((anchor) => anchor.id === 'other-spellings');
  const text = data.anchors.find((anchor) => anchor.id === 'document-text');
  return resultExcerpt({
    content: data.content,
    locations: data.locations,
    textStart: text?.location,
    othersStart: others?.location,
    othersLength: othersText(spellings).split(/\s+/).filter(Boolean).length,
    spellings,
    query,
  });
}

/** What follows a result's date, each part after a ` · `: sender → recipient, `file 793.94/11763`, the printed source. */
export function metaParts(meta: ResultData['meta']): string[] {
  return [meta.parties, meta.file ? `file ${meta.file}` : undefined, meta.printed].filter((part): part is string => Boolean(part));
}

/** The note under a result found by another spelling of a name than the document's. */
export function spellingNote({ name, matchedAs, spelling }: SpellingMatch): string {
  return spelling ? `“${matchedAs}” found as “${spelling}”, the spelling of this document.` : `“${matchedAs}” is another name of ${name}, who is mentioned here.`;
}

/** A snippet part as a node: a text node, or a `<mark>` for matched words. */
function partNode(part: ExcerptPart): Node {
  if (!part.mark) return document.createTextNode(part.text);
  const mark = document.createElement('mark');
  mark.textContent = part.text;
  return mark;
}

/** A paragraph of `className` holding `text` (or nodes). */
function paragraph(className: string, ...content: (Node | string)[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.append(...content);
  return element;
}

/** One result as a list item, for the words `query`. */
export function renderResult(data: ResultData, query: string): HTMLLIElement {
  const excerpt = excerptOf(data, query);
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = textFragmentUrl(data.url, excerpt.linkText);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);

  const date = document.createElement('span');
  date.className = 'result-date';
  date.textContent = data.meta.date ?? '';
  item.append(paragraph('result-meta', date, ...metaParts(data.meta).flatMap((part) => [' · ', part])));

  if (excerpt.parts.length > 0) item.append(paragraph('result-excerpt', ...excerpt.parts.map(partNode)));
  if (excerpt.spelling) item.append(paragraph('result-spelling', spellingNote(excerpt.spelling)));
  return item;
}

/** The results list, its "Showing n of m" line and its "Show more" button. */
export interface ResultsView {
  /** Replaces what is listed by the first page of `ordered`, its data loaded. */
  show(ordered: OrderedResults, firstPage: readonly ResultData[]): void;
  /**
   * Loads the next page and adds it, unless by then `current()` is false or
   * other results are shown; returns the first new result's link (to move
   * the keyboard to), or null.
   */
  showMore(dataOf: (result: Result) => Promise<ResultData>, current: () => boolean): Promise<HTMLAnchorElement | null>;
}

/** The results view over the page's list, line and button. */
export function resultsView(list: HTMLOListElement, shownLine: HTMLElement, moreButton: HTMLButtonElement): ResultsView {
  let ordered = noResults();
  let shown = 0;
  const append = (data: readonly ResultData[]) => {
    const items = data.map((result) => renderResult(result, ordered.query));
    list.append(...items);
    shown += data.length;
    moreButton.hidden = shown >= ordered.count;
    shownLine.textContent = shownText(shown, ordered.count, PAGE_SIZE);
    return items[0]?.querySelector('a') ?? null;
  };
  return {
    show(next, firstPage) {
      ordered = next;
      shown = 0;
      list.replaceChildren();
      append(firstPage);
    },
    async showMore(dataOf, current) {
      const from = ordered;
      const data = await Promise.all((await from.next(PAGE_SIZE)).map(dataOf));
      return current() && from === ordered ? append(data) : null;
    },
  };
}

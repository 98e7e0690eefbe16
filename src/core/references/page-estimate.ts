import type { Inline, ParsedDocument } from '../model/parsed-document.ts';

/**
 * Where the documents of a volume that show no page numbers begin, estimated
 * from the length of their text.
 *
 * A volume is one stream of print. Each `[Page N]` in a document's body is an
 * anchor: the text after it stands at the top of page N. Between two anchors
 * the text fills the pages between them, so a document that shows no page
 * break (a typescript, a word-processor export, a short telegram) begins
 * about as far into those pages as the text before it goes into the text
 * between the anchors. How far the estimate can be trusted is learnt from the
 * same volume: each anchor is predicted from the anchors around it the same
 * way, and the worst miss (per page of distance) is the margin. A document
 * gets a page only when its estimated start lies farther than that margin
 * from the page's edges.
 */

/** A document of the volume as the estimate reads it. */
export interface StreamDocument {
  parsed: Pick<ParsedDocument, 'title' | 'source' | 'dateText' | 'body' | 'footnotes' | 'pageBreaks'>;
}

/** The estimated start of one document, in page units (`1073.4` is 40% down page 1073). */
export interface EstimatedStart {
  /** Position of the document's first word, in printed pages. */
  at: number;
  /** How far off the estimate may be, in pages. */
  margin: number;
}

// Lengths in characters of the volume's text. A paragraph ends on a part line
// and a document's heading, source note and dateline stand apart: each costs
// about a line (the printed line holds some 80 characters). Notes are set in
// smaller type, about two thirds of the space of the same text.
const lineLength = 80;
const paragraphCost = lineLength / 2;
const documentCost = 3 * lineLength;
const noteShare = 0.65;

// Next to an anchor the spread goes to nothing, but a page's fill does not (a heading moved to the next page).
const minimumSpread = 0.5;

interface Anchor {
  /** Position in the stream, in characters. */
  at: number;
  page: number;
}

/** The stream positions of each document's start and its anchors. */
function streamOf(documents: readonly StreamDocument[]): { starts: number[]; anchors: Anchor[] } {
  const starts: number[] = [];
  const anchors: Anchor[] = [];
  let at = 0;
  const inlineLength = (inline: Inline): number => (inline.type === 'text' || inline.type === 'emendation' ? inline.value.length : 0);
  for (const document of documents) {
    const { parsed } = document;
    starts.push(at);
    at += documentCost + parsed.title.length + (parsed.source?.length ?? 0) + (parsed.dateText?.length ?? 0);
    for (const block of parsed.body) {
      for (const inline of block.content) {
        if (inline.type === 'pageBreak') {
          const page = Number(inline.page);
          if (Number.isInteger(page) && page > 0) anchors.push({ at, page });
        } else if (inline.type === 'noteRef') {
          const note = parsed.footnotes[inline.note];
          if (note) at += noteShare * (note.content.reduce((sum, part) => sum + inlineLength(part), 0) + paragraphCost);
        } else at += inlineLength(inline);
      }
      at += paragraphCost;
    }
  }
  return { starts, anchors: orderedAnchors(anchors) };
}

/**
 * The anchors whose pages rise with the stream and that stand apart in it: a
 * page number out of order (misprinted, or misread: `[Page 1O7]`) and a second
 * break at the same place (a plate between two pages) are dropped.
 */
function orderedAnchors(anchors: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  for (let index = 0; index < anchors.length; index += 1) {
    const anchor = anchors[index];
    const before = out[out.length - 1];
    const next = anchors[index + 1];
    if (before && (anchor.page <= before.page || anchor.at === before.at)) continue;
    // A page number above the next one, where the next follows on from the one before, is the odd one out.
    if (next && anchor.page > next.page && (!before || next.page > before.page)) continue;
    out.push(anchor);
  }
  return out;
}

/** The page position of stream position `at` between two anchors. */
function interpolate(low: Anchor, high: Anchor, at: number): number {
  return low.page + ((at - low.at) / (high.at - low.at)) * (high.page - low.page);
}

/**
 * The spread of an interpolation at `page` between two anchors, in pages, for a
 * miss of one unit per page: the misses of the pages' lengths add up from
 * each anchor, so an estimate is surest next to one and least sure midway (a
 * Brownian bridge: the square root of d1·d2 / (d1 + d2), d1 and d2 the pages to
 * each anchor).
 */
function spread(low: Anchor, high: Anchor, page: number): number {
  const before = Math.max(0, page - low.page);
  const after = Math.max(0, high.page - page);
  return Math.sqrt((before * after) / (high.page - low.page));
}

/**
 * The text one page of the volume holds, fewest to most characters, from the
 * pages between two successive anchors; null when there are too few.
 */
function pageLengths(anchors: readonly Anchor[]): { fewest: number; most: number } | null {
  const lengths: number[] = [];
  for (let index = 1; index < anchors.length; index += 1) {
    if (anchors[index].page - anchors[index - 1].page === 1) lengths.push(anchors[index].at - anchors[index - 1].at);
  }
  return lengths.length >= 20 ? { fewest: Math.min(...lengths), most: Math.max(...lengths) } : null;
}

/**
 * True when the text between two anchors fills their pages as the volume's
 * pages are filled: more text per page than any page holds, or less, means
 * that something printed there is not in the edition (a plate, a chapter's
 * title page, a document not transcribed) and lengths cannot place anything.
 */
function fills(low: Anchor, high: Anchor, page: { fewest: number; most: number }): boolean {
  const perPage = (high.at - low.at) / (high.page - low.page);
  return perPage >= page.fewest && perPage <= page.most;
}

/**
 * How far off an interpolation may be, per unit of `spread`: each anchor of
 * the volume predicted from its neighbours once and twice removed, the largest
 * miss. Null when the volume has too few anchors to tell.
 */
function missPerSpread(anchors: readonly Anchor[], page: { fewest: number; most: number }): number | null {
  let worst = 0;
  let tried = 0;
  for (const reach of [1, 2]) {
    for (let index = reach; index + reach < anchors.length; index += 1) {
      const low = anchors[index - reach];
      const high = anchors[index + reach];
      if (!fills(low, high, page)) continue;
      const miss = Math.abs(interpolate(low, high, anchors[index].at) - anchors[index].page);
      worst = Math.max(worst, miss / Math.max(spread(low, high, anchors[index].page), minimumSpread));
      tried += 1;
    }
  }
  return tried >= 20 ? worst : null;
}

/**
 * For each document of a volume (in order): where it begins. A document that
 * holds a page break is placed by it: on the page before its first break when
 * words precede the break (anywhere on that page), else at the top of the
 * break's page. Any other is estimated from the length of the text, or null
 * where no anchors on both sides bound it, where the text between those
 * anchors does not fill their pages as the volume's pages are filled, or in a
 * volume with too few anchors to learn how far to trust the estimate.
 */
export function estimateStarts(documents: readonly StreamDocument[]): (EstimatedStart | null)[] {
  const { starts, anchors } = streamOf(documents);
  const out: (EstimatedStart | null)[] = documents.map((document) => placedByBreaks(document));
  const page = pageLengths(anchors);
  const perSpread = page && missPerSpread(anchors, page);
  if (!page || perSpread === null) return out;
  let next = 0;
  for (let index = 0; index < documents.length; index += 1) {
    const at = starts[index];
    while (next < anchors.length && anchors[next].at <= at) next += 1;
    if (out[index] || next === 0 || next === anchors.length) continue;
    const low = anchors[next - 1];
    const high = anchors[next];
    if (!fills(low, high, page)) continue;
    const estimate = interpolate(low, high, at);
    out[index] = { at: estimate, margin: perSpread * Math.max(spread(low, high, estimate), minimumSpread) };
  }
  return out;
}

/** Where a document that holds a page break begins, as its first break says; null for one that holds none. */
function placedByBreaks(document: StreamDocument): EstimatedStart | null {
  let wordsBefore = false;
  for (const block of document.parsed.body) {
    for (const inline of block.content) {
      if (inline.type === 'pageBreak') {
        const page = Number(inline.page);
        if (!Number.isInteger(page) || page <= 0) return null;
        return wordsBefore ? { at: page - 0.5, margin: 0.5 } : { at: page, margin: 0 };
      }
      if (inline.type === 'text' && inline.value.trim()) wordsBefore = true;
    }
  }
  // Breaks in the notes only: the body stood on the page before the first.
  const first = Number(document.parsed.pageBreaks[0]);
  return Number.isInteger(first) && first > 0 ? { at: first - 0.5, margin: 0.5 } : null;
}

/**
 * What the estimates say of one document, `start` its own and `next` that of
 * the document after it (null when a document may be missing between them):
 * the page it begins on, when its start is clear of
 * that page's edges; the pages it surely stands on — those its start is
 * surely before the end of, and the next document's start surely after the
 * beginning of; and the pages it may stand on at all (`from`–`to`, either
 * null when not bounded).
 */
export function estimatedPlace(start: EstimatedStart | null, next: EstimatedStart | null): { firstPage: number | null; pages: number[]; from: number | null; to: number | null } {
  const from = start ? Math.floor(start.at - start.margin) : null;
  const to = next ? Math.ceil(next.at + next.margin) - 1 : null;
  if (!start) return { firstPage: null, pages: [], from, to };
  const page = Math.floor(start.at);
  const into = start.at - page;
  const firstPage = into > start.margin && 1 - into > start.margin ? page : null;
  const pages: number[] = [];
  if (next && next.at > start.at) {
    const from = Math.floor(start.at + start.margin);
    const to = Math.ceil(next.at - next.margin) - 1;
    for (let page = from; page <= to && to - from < 200; page += 1) pages.push(page);
  }
  return { firstPage, pages, from, to };
}

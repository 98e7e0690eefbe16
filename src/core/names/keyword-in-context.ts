import type { TextSpan } from '../model/text-spans.ts';
import type { Inline, ParsedDocument } from '../model/parsed-document.ts';

/** A mention with the words around it, for index pages: `…told me that ` **Litvinov** ` was also evasive…`. */
export interface KeywordInContext {
  before: string;
  match: string;
  after: string;
}

/** A paragraph or note as one string, with where each inline's value starts in it. */
interface FlatBlock {
  text: string;
  offsets: Map<number, number>;
}

/**
 * Returns a function that cuts a keyword-in-context snippet for any span of
 * one document: up to `width` characters each side, cut at a word, with `…`
 * where the paragraph goes on. Notes markers and page breaks are left out;
 * an editor's brackets are shown as printed (`Bertram Hinsky [Vyshinsky?]`).
 * Each paragraph is flattened once, however many mentions it holds.
 */
export function keywordsInContext(parsed: ParsedDocument, width = 60): (span: TextSpan) => KeywordInContext {
  const cache = new Map<string, FlatBlock>();
  return (span) => {
    const key = `${span.part}:${span.index}`;
    let flat = cache.get(key);
    if (!flat) {
      const content = span.part === 'body' ? parsed.body[span.index]?.content : parsed.footnotes[span.index]?.content;
      flat = flatten(content ?? []);
      cache.set(key, flat);
    }
    const base = flat.offsets.get(span.inline);
    if (base === undefined) return { before: '', match: '', after: '' };
    const start = base + span.start;
    const end = base + span.end;
    return {
      before: cutBefore(flat.text.slice(0, start), width),
      match: squeeze(flat.text.slice(start, end)),
      after: cutAfter(flat.text.slice(end), width),
    };
  };
}

function flatten(content: readonly Inline[]): FlatBlock {
  let text = '';
  const offsets = new Map<number, number>();
  content.forEach((inline, index) => {
    if (inline.type === 'text') {
      offsets.set(index, text.length);
      text += inline.value;
    } else if (inline.type === 'emendation') {
      text += '[';
      offsets.set(index, text.length);
      text += `${inline.value}]`;
    }
  });
  return { text, offsets };
}

function squeeze(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function cutBefore(text: string, width: number): string {
  const squeezed = squeeze(text);
  if (squeezed.length <= width) return squeezed.trimStart();
  const tail = squeezed.slice(-width);
  const space = tail.indexOf(' ');
  return `…${space >= 0 && space < width / 2 ? tail.slice(space + 1) : tail}`;
}

function cutAfter(text: string, width: number): string {
  const squeezed = squeeze(text);
  if (squeezed.length <= width) return squeezed.trimEnd();
  const head = squeezed.slice(0, width);
  const space = head.lastIndexOf(' ');
  return `${space > width / 2 ? head.slice(0, space) : head}…`;
}

import type { Block, ParsedDocument } from '../model/parsed-document.ts';
import { blockId, noteId, pageId } from '../model/anchors.ts';
import type { Reference } from '../schemas/reference.ts';

/**
 * Where in its target a resolved reference should land: the note it names
 * ("See footnote 32, p. 56" → the target's note 32, the one on p. 56 where
 * markers restart on each page), the paragraph it names ("Consulate's 89,
 * paragraph 4" → the paragraph numbered 4; "paragraph 2(b)" → sub-paragraph
 * (b) of 2), or, for a page reference, the printed page when it begins
 * inside the target. Null when the reference names none of these, or the target lacks
 * it: the link then goes to the top of the document. Pure.
 */
export function referenceAnchor(reference: Pick<Reference, 'footnote' | 'paragraph' | 'page' | 'kind'>, target: ParsedDocument): string | null {
  if (reference.footnote) {
    const note = noteOnPage(target, reference.footnote, reference.page);
    if (note !== null) return noteId(note);
  }
  if (reference.paragraph) {
    const block = paragraphBlock(target.body, reference.paragraph);
    if (block) return blockId(block);
  }
  // A page reference ("ante, p. 232") lands on the page; a telegram whose note gives its page, on the telegram.
  if (reference.kind === 'page' && reference.page && target.pageBreaks.includes(reference.page)) return pageId(reference.page);
  return null;
}

/** Index of the note with marker `n`; of several (numbering restarts on each page), the one whose marker stands on `page`. */
function noteOnPage(target: ParsedDocument, n: string, page: string | null): number | null {
  const candidates = target.footnotes.flatMap((note, index) => (note.n === n ? [index] : []));
  if (candidates.length <= 1 || !page) return candidates[0] ?? null;
  const pageOfNote = new Map<number, string | null>();
  let current: string | null = null;
  for (const block of target.body) {
    for (const inline of block.content) {
      if (inline.type === 'pageBreak') current = inline.page;
      else if (inline.type === 'noteRef' && !pageOfNote.has(inline.note)) pageOfNote.set(inline.note, current);
    }
  }
  // A marker before the first break stands on the page before it.
  const firstBreak = target.pageBreaks[0];
  const before = firstBreak && /^\d+$/.test(firstBreak) ? String(Number(firstBreak) - 1) : null;
  return candidates.find((index) => (pageOfNote.get(index) ?? before) === page) ?? candidates[0];
}

/** The label's number or letter without its punctuation: `1.` → `1`, `[2.]` → `2`, `(b)` → `b`. */
function bare(label: string | undefined): string | null {
  const match = label ? /^[[(]?\s*(\d+|[a-z])\s*[.)\]]*\.?$/i.exec(label.trim()) : null;
  return match ? match[1].toLowerCase() : null;
}

/**
 * The block a paragraph citation names: `4` → the block labelled `4.`;
 * `2(b)` → the block labelled `(b)` after the one labelled `2.`. A document
 * whose paragraphs are not numbered is counted: `3` → its third paragraph of
 * text (signatures and signing lines left out).
 */
function paragraphBlock(body: readonly Block[], paragraph: string): Block | null {
  const match = /^(\d+)\s*(?:\(?([a-z])\)?)?/i.exec(paragraph.trim());
  if (!match) return null;
  const [, number, letter] = match;
  const text = body.filter((block) => !block.role);
  const numbered = text.some((block) => /^\d+$/.test(bare(block.label) ?? ''));
  if (!numbered) return letter ? null : (text[Number(number) - 1] ?? null);
  const at = text.findIndex((block) => bare(block.label) === number);
  if (at < 0) return null;
  if (!letter) return text[at];
  for (let index = at + 1; index < text.length; index += 1) {
    const label = bare(text[index].label);
    if (label && /^\d+$/.test(label)) break;
    if (label === letter.toLowerCase()) return text[index];
  }
  return text[at];
}

/**
 * The anchor ids of a document page: where a note, a paragraph, a printed
 * page or a mention can be linked to. The renderer gives them to the
 * elements it makes; references, index pages and the review page link to
 * them, so they are the document's model, not the renderer's.
 */
import type { Block } from './parsed-document.ts';

/** Anchor id of the `k`-th note (0-based position in the document's note list). */
export function noteId(k: number): string {
  return `fn-${k + 1}`;
}

/** Anchor id of the marker pointing to the `k`-th note. */
export function noteRefId(k: number): string {
  return `fnref-${k + 1}`;
}

/** Anchor id of a paragraph of the body: its line in the transcription, which stays put when other paragraphs change. */
export function blockId(block: Pick<Block, 'line'>): string {
  return `b-${block.line}`;
}

/** Anchor id of a printed page boundary. */
export function pageId(page: string): string {
  return `page-${page}`;
}

/** Anchor id of the `index`-th mention (0-based, in `entry.mentions`); index pages link to it. */
export function mentionId(index: number): string {
  return `m-${index + 1}`;
}

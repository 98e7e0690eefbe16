import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import type { Handlers } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { EditionEntry } from '../model/edition.ts';
import type { Mention } from '../model/text-spans.ts';
import remarkCrossReferences, { crossReferenceToHast, type ReferenceLinks } from './cross-reference.ts';
import { bodyToMdast, notesToMdast } from './document-mdast.ts';
import { emendationToHast } from './emendation.ts';
import remarkMentions, { mentionToHast } from './mention.ts';
import { noteReferenceToHast } from './note-reference.ts';
import { pageBreakToHast } from './page-break.ts';
import rehypeCollectIds from './rehype-collect-ids.ts';

export { referenceEntryId, referenceId } from './cross-reference.ts';

/** How the renderer builds links: site-relative URLs and what a reference's target looks like. */
export interface RenderLinks extends ReferenceLinks {
  /** URL of a person or place page. */
  entity(kind: Mention['kind'], id: string): string;
}

/** What the page shows above the text that the renderer should know of. */
export interface RenderOptions {
  /** `person:<id>` of people already linked above the text (a conversation's participants): the text does not link them again. */
  linkedAbove?: ReadonlySet<string>;
}

/** A document's body and notes as HTML fragments, with the anchors each holds. */
export interface RenderedDocument {
  bodyHtml: string;
  notesHtml: string;
  /** Every `id` in the body, in order (paragraphs, page breaks, note markers, mentions, references). */
  bodyIds: string[];
  notesIds: string[];
}

/**
 * The annotated body to HTML: references, then mentions, are marked on the
 * mdast (a name inside a reference is part of its link); remark-rehype
 * presents each annotation with its own handler; rehype-stringify writes
 * escaped HTML (no raw HTML passes: document text only ever becomes text).
 * Made once: what differs between documents travels in `file.data`.
 */
const processor = unified()
  .use(remarkCrossReferences)
  .use(remarkMentions)
  .use(remarkRehype, {
    // The annotations' own node types, which mdast-util-to-hast's types do not list.
    handlers: {
      pageBreak: pageBreakToHast,
      noteReference: noteReferenceToHast,
      emendation: emendationToHast,
      mention: mentionToHast,
      crossReference: crossReferenceToHast,
    } as Handlers,
  })
  .use(rehypeCollectIds)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders a document's body and notes (`document-mdast.ts` makes their
 * annotated mdast). A person or place is linked once in the text — not at all
 * if linked above it — and once in the notes.
 */
export function renderDocument(entry: EditionEntry, links: RenderLinks, options: RenderOptions = {}): RenderedDocument {
  const body = render(bodyToMdast(entry.parsed), entry, links, new Set(options.linkedAbove));
  const notes = render(notesToMdast(entry.parsed), entry, links, new Set());
  return { bodyHtml: body.html, notesHtml: notes.html, bodyIds: body.ids, notesIds: notes.ids };
}

function render(tree: Root, entry: EditionEntry, links: RenderLinks, linked: Set<string>): { html: string; ids: string[] } {
  const file = new VFile({
    data: {
      crossReferences: { references: entry.references, links },
      mentions: { mentions: entry.mentions, entity: links.entity, linked },
    },
  });
  const html = processor.stringify(processor.runSync(tree, file), file);
  return { html, ids: file.data.ids ?? [] };
}

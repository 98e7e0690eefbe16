import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { EditionEntry, LocatedReference, Mention } from '../edition/types.ts';
import { bodyToMdast, notesToMdast } from './document-mdast.ts';
import { markSpans } from './mark-spans.ts';

/** How the renderer builds links: site-relative URLs and what a reference's target looks like. */
export interface RenderLinks {
  /** URL of a person or place page. */
  entity(kind: Mention['kind'], id: string): string;
  /** URL a resolved reference points to (document, or page anchor in it). */
  reference(reference: LocatedReference): string | null;
  /** One-line description of a reference's target, shown on hover and focus. */
  describe(reference: LocatedReference): string | null;
}

/** A document's body and notes as HTML fragments. */
export interface RenderedDocument {
  bodyHtml: string;
  notesHtml: string;
}

/**
 * Renders a document's annotated body and notes to HTML: the parsed blocks
 * become mdast, mentions and references are marked as links, and
 * mdast-util-to-hast / hast-util-to-html produce escaped HTML.
 */
export function renderDocument(entry: EditionEntry, links: RenderLinks): RenderedDocument {
  const body = bodyToMdast(entry.parsed);
  const notes = notesToMdast(entry.parsed);
  // One counter for both trees: body and notes end up on the same page, so ids must not repeat.
  const counter = { references: 0 };
  for (const tree of [body, notes]) annotate(tree, entry, links, counter);
  return { bodyHtml: toHtml(toHast(body) as HastRoot), notesHtml: toHtml(toHast(notes) as HastRoot) };
}

function annotate(tree: Root, entry: EditionEntry, links: RenderLinks, counter: { references: number }): void {
  const referenceSpans = entry.references.map((reference) => ({ ...reference.span, reference }));
  markSpans(tree, referenceSpans, ({ reference }, children): PhrasingContent => {
    counter.references += 1;
    const url = links.reference(reference);
    const description = links.describe(reference);
    const tipId = `xref-${counter.references}`;
    if (!url) {
      return {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['xref', 'unresolved'], title: reference.unresolvedReason ?? 'Not resolved' } },
        children,
      };
    }
    return {
      type: 'link',
      url,
      data: { hProperties: { className: ['xref'], ariaDescribedBy: description ? [tipId] : undefined } },
      children: description
        ? [...children, { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['xref-tip'], id: tipId, role: 'tooltip', dataPagefindIgnore: '' } }, children: [{ type: 'text', value: description }] }]
        : children,
    };
  });
  const mentionIds = new Map(entry.mentions.map((mention, index) => [mention, `m-${index + 1}`]));
  markSpans(tree, entry.mentions, (mention, children): PhrasingContent => ({
    type: 'link',
    url: links.entity(mention.kind, mention.id),
    data: { hProperties: { className: ['mention', mention.kind], id: mentionIds.get(mention), dataEntity: mention.id } },
    children,
  }));
}

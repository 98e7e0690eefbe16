import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { EditionEntry, LocatedReference, Mention } from '../edition/types.ts';
import { reasonText } from '../references/reason-text.ts';
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

/** What the page shows above the text that the renderer should know of. */
export interface RenderOptions {
  /** `person:<id>` of people already linked above the text (a conversation's participants): the text does not link them again. */
  linkedAbove?: ReadonlySet<string>;
}

/** A document's body and notes as HTML fragments. */
export interface RenderedDocument {
  bodyHtml: string;
  notesHtml: string;
}

/** Anchor id of the `index`-th reference (0-based, in `entry.references`) where it stands in the text or a note. */
export function referenceId(index: number): string {
  return `ref-${index + 1}`;
}

/** Anchor id of the `index`-th reference's entry in the page's list of references, which gives its target or why it has none. */
export function referenceEntryId(index: number): string {
  return `reference-${index + 1}`;
}

/** Anchor id of the `index`-th mention (0-based, in `entry.mentions`); index pages link to it. */
export function mentionId(index: number): string {
  return `m-${index + 1}`;
}

/**
 * Renders a document's annotated body and notes to HTML: the parsed blocks
 * become mdast, mentions and references are marked, and mdast-util-to-hast /
 * hast-util-to-html produce escaped HTML.
 *
 * - A person or place is a link the first time the text names them (and the
 *   first time the notes do); later mentions are marked, with their anchor,
 *   but are not links, so that reading by keyboard is not a walk through
 *   every name.
 * - A resolved reference links to its target, with a tip saying what it is.
 * - An unresolved reference links to its entry in the page's list of
 *   references, where the reason is written out; the same reason is its tip
 *   on hover and focus, so it is there for touch, keyboard and mouse alike.
 */
export function renderDocument(entry: EditionEntry, links: RenderLinks, options: RenderOptions = {}): RenderedDocument {
  const body = bodyToMdast(entry.parsed);
  const notes = notesToMdast(entry.parsed);
  const referenceIndex = new Map(entry.references.map((reference, index) => [reference, index]));
  const mentionIndex = new Map(entry.mentions.map((mention, index) => [mention, index]));
  annotate(body, entry, links, referenceIndex, mentionIndex, new Set(options.linkedAbove));
  annotate(notes, entry, links, referenceIndex, mentionIndex, new Set());
  return { bodyHtml: toHtml(toHast(body) as HastRoot), notesHtml: toHtml(toHast(notes) as HastRoot) };
}

function annotate(
  tree: Root,
  entry: EditionEntry,
  links: RenderLinks,
  referenceIndex: ReadonlyMap<LocatedReference, number>,
  mentionIndex: ReadonlyMap<Mention, number>,
  linked: Set<string>,
): void {
  const referenceSpans = entry.references.map((reference) => ({ ...reference.span, reference }));
  markSpans(tree, referenceSpans, ({ reference }, children): PhrasingContent => {
    const index = referenceIndex.get(reference)!;
    const tipId = `${referenceId(index)}-tip`;
    const url = links.reference(reference);
    const tip = (text: string): PhrasingContent => ({
      type: 'emphasis',
      data: { hName: 'span', hProperties: { className: ['xref-tip'], id: tipId, role: 'tooltip', dataPagefindIgnore: '' } },
      children: [{ type: 'text', value: text }],
    });
    if (!url) {
      return {
        type: 'link',
        url: `#${referenceEntryId(index)}`,
        data: { hProperties: { className: ['xref', 'unresolved'], id: referenceId(index), ariaDescribedBy: [tipId] } },
        children: [...children, tip(reasonText(reference.unresolvedReason))],
      };
    }
    const description = links.describe(reference);
    return {
      type: 'link',
      url,
      data: { hProperties: { className: ['xref'], id: referenceId(index), ariaDescribedBy: description ? [tipId] : undefined } },
      children: description ? [...children, tip(description)] : children,
    };
  });
  markSpans(tree, entry.mentions, (mention, children): PhrasingContent => {
    const key = `${mention.kind}:${mention.id}`;
    const properties = { className: ['mention', mention.kind], id: mentionId(mentionIndex.get(mention)!), dataEntity: mention.id };
    if (linked.has(key)) return { type: 'emphasis', data: { hName: 'span', hProperties: properties }, children };
    linked.add(key);
    return { type: 'link', url: links.entity(mention.kind, mention.id), data: { hProperties: properties }, children };
  });
}

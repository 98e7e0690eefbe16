import type { PhrasingContent, Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { LocatedReference } from '../model/text-spans.ts';
import { reasonText } from '../references/reason-text.ts';
import type { CrossReferenceNode } from '../model/annotations.ts';
import { markSpans } from './mark-spans.ts';

/** How a page links a reference: where a resolved one leads, and a line saying what is there. */
export interface ReferenceLinks {
  /** URL a resolved reference points to (document, or page anchor in it). */
  reference(reference: LocatedReference): string | null;
  /** One-line description of a reference's target, shown on hover and focus. */
  describe(reference: LocatedReference): string | null;
}

/** What `remarkCrossReferences` reads from `file.data`. */
export interface CrossReferenceData {
  /** The document's references, in order: the `k`-th is anchored `ref-(k+1)`. */
  references: readonly LocatedReference[];
  links: ReferenceLinks;
}

declare module 'vfile' {
  interface DataMap {
    crossReferences: CrossReferenceData;
  }
}

/** Anchor id of the `index`-th reference (0-based, in `entry.references`) where it stands in the text or a note. */
export function referenceId(index: number): string {
  return `ref-${index + 1}`;
}

/** Anchor id of the `index`-th reference's entry in the page's list of references, which gives its target or why it has none. */
export function referenceEntryId(index: number): string {
  return `reference-${index + 1}`;
}

/**
 * Marks the references to other documents where they stand
 * (`file.data.crossReferences`), each with where it leads and what is there.
 *
 * `text "my 1307, October 8"` → `crossReference(url '/documents/…/', description '…')`
 */
export default function remarkCrossReferences() {
  return (tree: Root, file: VFile) => {
    const { references, links } = file.data.crossReferences!;
    const index = new Map(references.map((reference, at) => [reference, at]));
    markSpans(
      tree,
      references.map((reference) => ({ ...reference.span, reference })),
      ({ reference }, children): CrossReferenceNode => {
        const url = links.reference(reference);
        return { type: 'crossReference', reference, index: index.get(reference)!, url, description: url ? links.describe(reference) : null, children };
      },
    );
  };
}

/**
 * Presents a reference as a link: a resolved one to its target, with a tip
 * saying what it is; an unresolved one to its entry in the page's list of
 * references, where the reason is written out, the same reason its tip on
 * hover and focus (so it is there for touch, keyboard and mouse alike).
 *
 * `crossReference(url, description)` →
 * `<a href="/documents/…/" class="xref" id="ref-1" aria-describedby="ref-1-tip">my 1307, October 8<span class="xref-tip" id="ref-1-tip" role="tooltip" data-pagefind-ignore="">…</span></a>`
 */
export function crossReferenceToHast(state: State, node: CrossReferenceNode) {
  const id = referenceId(node.index);
  const tipId = `${id}-tip`;
  const tip = (text: string): PhrasingContent => ({
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['xref-tip'], id: tipId, role: 'tooltip', dataPagefindIgnore: '' } },
    children: [{ type: 'text', value: text }],
  });
  if (!node.url) {
    return state.one(
      {
        type: 'link',
        url: `#${referenceEntryId(node.index)}`,
        data: { hProperties: { className: ['xref', 'unresolved'], id, ariaDescribedBy: [tipId] } },
        children: [...node.children, tip(reasonText(node.reference.unresolvedReason))],
      },
      undefined,
    );
  }
  return state.one(
    {
      type: 'link',
      url: node.url,
      data: { hProperties: { className: ['xref'], id, ariaDescribedBy: node.description ? [tipId] : undefined } },
      children: node.description ? [...node.children, tip(node.description)] : node.children,
    },
    undefined,
  );
}

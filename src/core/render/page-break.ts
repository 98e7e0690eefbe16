import type { State } from 'mdast-util-to-hast';
import { element, type PageBreakNode } from '../model/annotations.ts';
import { pageId } from '../model/anchors.ts';

/**
 * Presents a printed page break as an anchor a reader can link to
 * (`#page-668`), shown in the margin by the stylesheet and kept out of the
 * search index.
 *
 * `{type: 'pageBreak', page: '668'}` →
 * `<span class="page-break" id="page-668" data-page="668" data-pagefind-ignore="">[Page 668]</span>`
 */
export function pageBreakToHast(state: State, node: PageBreakNode) {
  return state.one(element('span', { className: ['page-break'], id: pageId(node.page), dataPage: node.page, dataPagefindIgnore: '' }, [{ type: 'text', value: `[Page ${node.page}]` }]), undefined);
}

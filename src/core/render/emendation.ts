import type { State } from 'mdast-util-to-hast';
import { element, type EmendationNode } from '../model/annotations.ts';

/**
 * Presents the editor's brackets as the editor's, not the document's: the
 * brackets kept, the words set apart and titled, never looking like a link.
 *
 * `{type: 'emendation', query: true, children: [text 'find?']}` →
 * `<span class="emendation query" title="Editorial query">[find?]</span>`
 */
export function emendationToHast(state: State, node: EmendationNode) {
  return state.one(
    element('span', { className: ['emendation', node.query ? 'query' : 'supplied'], title: node.query ? 'Editorial query' : 'Editorial insertion' }, [
      { type: 'text', value: '[' },
      ...node.children,
      { type: 'text', value: ']' },
    ]),
    undefined,
  );
}

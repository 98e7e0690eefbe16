import type { State } from 'mdast-util-to-hast';
import { element, type NoteReferenceNode } from '../model/annotations.ts';
import { noteId, noteRefId } from '../model/anchors.ts';

/**
 * Presents a note's marker as printed, raised, linking to the note (which
 * links back); kept out of the search index, so that it does not run into the
 * word before it.
 *
 * `{type: 'noteReference', note: 0, n: '85'}` →
 * `<sup class="note-ref"><a href="#fn-1" id="fnref-1" aria-label="Note 85" data-pagefind-ignore="">85</a></sup>`
 */
export function noteReferenceToHast(state: State, node: NoteReferenceNode) {
  return state.one(
    element('sup', { className: ['note-ref'] }, [
      {
        type: 'link',
        url: `#${noteId(node.note)}`,
        data: { hProperties: { id: noteRefId(node.note), ariaLabel: `Note ${node.n}`, dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: node.n }],
      },
    ]),
    undefined,
  );
}

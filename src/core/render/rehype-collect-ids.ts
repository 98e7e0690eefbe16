import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Every `id` the rendered fragment holds, in document order. */
    ids: string[];
  }
}

/**
 * Records the anchors a fragment holds (`file.data.ids`), so that the page
 * around it knows which of its own links have a target without reading the HTML.
 *
 * `<p id="b-12">…<span id="page-668">` → `file.data.ids = ['b-12', 'page-668']`
 */
export default function rehypeCollectIds() {
  return (tree: Root, file: VFile) => {
    const ids: string[] = [];
    // A plain walk: unist-util-visit's bookkeeping of ancestors costs more than the rest of the pipeline here.
    const walk = (node: Nodes) => {
      if (node.type === 'element' && typeof node.properties.id === 'string') ids.push(node.properties.id);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    file.data.ids = ids;
  };
}

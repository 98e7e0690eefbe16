/**
 * A process of `formatChicagoCitations` (src/build/citation-workers.ts):
 * registers the style it is first sent, then formats each batch of CSL-JSON
 * items it is sent, one item at a time, and sends the citations back in the
 * batch's order. It ends when its parent lets it go.
 */
import type { CslItem } from '../site/citation/csl-item.ts';
import { chicagoCitation, skipSortKeysOfOneItem, useChicagoStyle } from '../site/citation/format-citation.ts';

type Message = { styleXml: string } | { start: number; items: CslItem[] };

process.on('message', (message: Message) => {
  if ('styleXml' in message) {
    useChicagoStyle(message.styleXml);
    // This process formats one item at a time and nothing else.
    skipSortKeysOfOneItem();
    return;
  }
  process.send!({ start: message.start, citations: message.items.map(chicagoCitation) });
});
process.on('disconnect', () => process.exit(0));

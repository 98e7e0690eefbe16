/**
 * A worker thread of `formatChicagoCitations`: registers the style it is
 * given, then formats each batch of CSL-JSON items it is sent, one item at a
 * time, and posts the citations back in the batch's order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '../site/citation/csl-item.ts';
import { chicagoCitation, skipSortKeysOfOneItem, useChicagoStyle } from '../site/citation/format-citation.ts';

useChicagoStyle((workerData as { styleXml: string }).styleXml);
// This thread formats one item at a time and nothing else.
skipSortKeysOfOneItem();
parentPort!.on('message', (batch: { start: number; items: CslItem[] }) => {
  parentPort!.postMessage({ start: batch.start, citations: batch.items.map(chicagoCitation) });
});

/**
 * The Chicago notes and bibliography entries of many documents, formatted in
 * worker threads. citeproc-js takes milliseconds an item, most of a large
 * edition's build when each page formatted its own; each item is still
 * formatted on its own (a bibliography of many items at once is not the same:
 * Chicago's subsequent-author dashes, disambiguation), only on several cores
 * at once, while the build's main thread renders the bodies.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../site/citation/csl-item.ts';
import { chicagoCitation, useChicagoStyle, type ChicagoCitation } from '../site/citation/format-citation.ts';

/** Below this many items, starting workers (each loading citeproc-js and the style, ~0.3 s) costs more than it saves. */
const FEW_ITEMS = 200;
/**
 * A worker's heap: citeproc-js and the style take about 130 MB; left to its defaults, a worker let garbage pile up
 * past 300 MB, beside the build's own memory.
 */
const WORKER_HEAP_MB = 256;
/** Items a worker is sent at a time: small enough to share the work out evenly, large enough that messages cost little. */
const BATCH = 100;

/**
 * Each item's citation, in the items' order. `threads` (default: the cores
 * the process may use) is how many workers format at once; with one, or for a
 * few items, they are formatted in this thread. A worker's error rejects.
 */
export async function formatChicagoCitations(items: readonly CslItem[], styleXml: string, threads = availableParallelism()): Promise<ChicagoCitation[]> {
  if (threads <= 1 || items.length < FEW_ITEMS) {
    useChicagoStyle(styleXml);
    return items.map(chicagoCitation);
  }
  const citations: ChicagoCitation[] = new Array(items.length);
  const batches = Math.ceil(items.length / BATCH);
  const workers = Array.from({ length: Math.min(threads, batches) }, () => new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: { styleXml }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            // Every batch is posted at once (worker w takes every nth): the caller's thread may be busy until the last is done.
            let waiting = 0;
            for (let batch = w; batch < batches; batch += workers.length) {
              worker.postMessage({ start: batch * BATCH, items: items.slice(batch * BATCH, (batch + 1) * BATCH) });
              waiting += 1;
            }
            worker.on('message', (reply: { start: number; citations: ChicagoCitation[] }) => {
              for (let i = 0; i < reply.citations.length; i += 1) citations[reply.start + i] = reply.citations[i];
              waiting -= 1;
              if (waiting === 0) resolve();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a citation worker stopped before it was done (exit code ${code})`)));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return citations;
}

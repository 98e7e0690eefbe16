/**
 * The Chicago notes and bibliography entries of many documents, formatted in
 * worker processes. citeproc-js takes milliseconds an item, most of a large
 * edition's build when each page formatted its own; each item is still
 * formatted on its own (a bibliography of many items at once is not the same:
 * Chicago's subsequent-author dashes, disambiguation), only on several cores
 * at once, while the build renders the bodies. Processes, not threads: each
 * engine takes about 130 MB, and a worker thread's heap would add to the
 * build's own, which is at its largest then, and stay in its memory after.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { CslItem } from '../site/citation/csl-item.ts';
import { chicagoCitation, useChicagoStyle, type ChicagoCitation } from '../site/citation/format-citation.ts';

/** Below this many items, starting workers (each loading citeproc-js and the style, ~0.3 s) costs more than it saves. */
const FEW_ITEMS = 200;
/** A worker's heap: citeproc-js and the style take about 130 MB; the build's own limit (NODE_OPTIONS) would let garbage pile up. */
const WORKER_HEAP_MB = 256;
/** Items a worker is sent at a time: small enough to share the work out evenly, large enough that messages cost little. */
const BATCH = 100;

/**
 * Formats each item's citation and hands it to `onCitation` with the item's
 * index as it comes back (not in the items' order), so that the caller can
 * store it and need not hold them all: the promise resolves once every item
 * was handed over. `threads` (default: the cores the process may use) is how
 * many worker processes format at once; with one, or for a few items, they
 * are formatted in this process before it returns. A worker's error rejects.
 */
export async function formatChicagoCitations(
  items: readonly CslItem[],
  styleXml: string,
  onCitation: (index: number, citation: ChicagoCitation) => void,
  threads = availableParallelism(),
): Promise<void> {
  if (threads <= 1 || items.length < FEW_ITEMS) {
    useChicagoStyle(styleXml);
    for (const [index, item] of items.entries()) onCitation(index, chicagoCitation(item));
    return;
  }
  const batches = Math.ceil(items.length / BATCH);
  const workers = Array.from({ length: Math.min(threads, batches) }, () =>
    fork(new URL('./citation-worker.ts', import.meta.url), [], { execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            // Every batch is sent at once (worker w takes every nth): the caller's thread may be busy until the last is done.
            worker.send({ styleXml });
            let waiting = 0;
            for (let batch = w; batch < batches; batch += workers.length) {
              worker.send({ start: batch * BATCH, items: items.slice(batch * BATCH, (batch + 1) * BATCH) });
              waiting += 1;
            }
            worker.on('message', (message) => {
              const reply = message as { start: number; citations: ChicagoCitation[] };
              for (let i = 0; i < reply.citations.length; i += 1) onCitation(reply.start + i, reply.citations[i]);
              waiting -= 1;
              if (waiting === 0) resolve();
            });
            worker.on('error', reject);
            worker.on('exit', (code, signal) => reject(new Error(`a citation worker stopped before it was done (${signal ?? `exit code ${code}`})`)));
          }),
      ),
    );
  } finally {
    for (const worker of workers) if (worker.connected) worker.disconnect();
  }
}

import { compareChronologically } from '../model/chronology.ts';
import type { EditionEntry } from '../model/edition.ts';

/** How a document of a thread relates to the document whose thread it is. */
export type ThreadRelation = 'this document' | 'cited here' | 'cites this' | 'cites and cited here' | 'same exchange';

/** One document of a thread. */
export interface ThreadItem {
  id: string;
  relation: ThreadRelation;
  current: boolean;
}

/** Largest thread shown: a long exchange is cut to the documents nearest (in references) to the current one. */
export const THREAD_LIMIT = 25;

/**
 * The exchange each document belongs to: the documents it cites in its text
 * and those that cite it, transitively — telegram answering telegram — up to
 * `limit` documents, nearest first, then listed in chronological order.
 * Only references in the text count (the correspondents' own citations), not
 * the editors' notes. Documents linked to no other get an empty thread.
 * Pure; linear in the number of references times `limit`.
 *
 * A cites B, C cites A → thread of A: B (cited here), A (this document), C (cites this).
 */
export function buildThreads(entries: readonly EditionEntry[], limit = THREAD_LIMIT): Map<string, ThreadItem[]> {
  const cites = new Map<string, Set<string>>();
  const citedBy = new Map<string, Set<string>>();
  const known = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    for (const reference of entry.references) {
      if (reference.in !== 'body' || !reference.target || reference.target === entry.id || !known.has(reference.target)) continue;
      add(cites, entry.id, reference.target);
      add(citedBy, reference.target, entry.id);
    }
  }
  const order = (id: string) => {
    const entry = known.get(id)!;
    return { date: entry.record.date, fileOrder: entry.fileOrder };
  };
  const threads = new Map<string, ThreadItem[]>();
  for (const entry of entries) {
    const reached = [entry.id];
    const seen = new Set(reached);
    for (let at = 0; at < reached.length && reached.length < limit; at += 1) {
      const around = [...(cites.get(reached[at]) ?? []), ...(citedBy.get(reached[at]) ?? [])].filter((id) => !seen.has(id)).sort((a, b) => compareChronologically(order(a), order(b)));
      for (const id of around) {
        if (reached.length >= limit || seen.has(id)) continue;
        seen.add(id);
        reached.push(id);
      }
    }
    if (reached.length < 2) {
      threads.set(entry.id, []);
      continue;
    }
    const own = cites.get(entry.id);
    const theirs = citedBy.get(entry.id);
    const items = reached.sort((a, b) => compareChronologically(order(a), order(b))).map((id): ThreadItem => ({ id, relation: relationOf(id, entry.id, own, theirs), current: id === entry.id }));
    threads.set(entry.id, items);
  }
  return threads;
}

function relationOf(id: string, current: string, cites: Set<string> | undefined, citedBy: Set<string> | undefined): ThreadRelation {
  if (id === current) return 'this document';
  const cited = cites?.has(id) ?? false;
  const citing = citedBy?.has(id) ?? false;
  if (cited && citing) return 'cites and cited here';
  if (cited) return 'cited here';
  if (citing) return 'cites this';
  return 'same exchange';
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

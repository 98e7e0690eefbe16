import { compareChronologically } from '../model/chronology.ts';
import type { EditionEntry } from '../model/edition.ts';

/** A reference between two documents of an exchange, in the citing document's words (`my 1307, October 8, 5 p.m.`). */
export interface ExchangeLink {
  id: string;
  text: string;
}

/** Where a document stands in the exchange of telegrams it belongs to. */
export interface ExchangePlace {
  /** The exchange's id: its first document's (by date), which names its page `/threads/<id>/`. */
  exchange: string;
  /** How many documents the exchange holds. */
  size: number;
  /** The documents of the exchange this one cites in its text, in order of date. */
  cites: ExchangeLink[];
  /** Those that cite it in theirs, in order of date. */
  citedBy: ExchangeLink[];
}

/**
 * The whole exchanges of the edition: documents joined by the references in
 * their text (a telegram answering a telegram, a despatch citing the
 * instruction it carries out), however long the chain — unlike the
 * document page's thread (thread.ts), which shows the nearest 25. Only the
 * correspondents' own citations join documents, not the editors' notes, and
 * only references the resolver followed. A document cited by or citing no
 * other is in no exchange. Pure; linear in documents and references.
 *
 * A cites B, C cites A, D alone → A, B and C are one exchange (id B's, the
 * earliest); D has none.
 */
export function buildExchanges(entries: readonly EditionEntry[]): Map<string, ExchangePlace> {
  const known = new Map(entries.map((entry) => [entry.id, entry]));
  const cites = new Map<string, ExchangeLink[]>();
  const citedBy = new Map<string, ExchangeLink[]>();
  const neighbours = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const reference of entry.references) {
      const target = reference.target;
      if (reference.in !== 'body' || !target || target === entry.id || !known.has(target)) continue;
      // One link per pair, in the words of the first reference to it.
      if ((cites.get(entry.id) ?? []).some((link) => link.id === target)) continue;
      push(cites, entry.id, { id: target, text: reference.text });
      push(citedBy, target, { id: entry.id, text: reference.text });
      for (const [a, b] of [
        [entry.id, target],
        [target, entry.id],
      ]) {
        const set = neighbours.get(a) ?? new Set<string>();
        set.add(b);
        neighbours.set(a, set);
      }
    }
  }
  const order = (id: string) => ({ date: known.get(id)!.record.date, fileOrder: known.get(id)!.fileOrder });
  const byDate = (a: ExchangeLink, b: ExchangeLink) => compareChronologically(order(a.id), order(b.id));
  const places = new Map<string, ExchangePlace>();
  for (const start of neighbours.keys()) {
    if (places.has(start)) continue;
    const members = [start];
    const seen = new Set(members);
    for (let at = 0; at < members.length; at += 1) {
      for (const next of neighbours.get(members[at]) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        members.push(next);
      }
    }
    const first = members.reduce((earliest, id) => (compareChronologically(order(id), order(earliest)) < 0 ? id : earliest));
    for (const id of members) {
      places.set(id, { exchange: first, size: members.length, cites: [...(cites.get(id) ?? [])].sort(byDate), citedBy: [...(citedBy.get(id) ?? [])].sort(byDate) });
    }
  }
  return places;
}

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The exchanges of telegrams as the thread pages list them (references/exchanges.ts gives each document its place). */
import type { CollectionEntry } from 'astro:content';
import { withBase } from '../../site/urls.ts';

type DocumentEntry = CollectionEntry<'documents'>;

/** One exchange: its id (its first document's) and its documents in order of date. */
export interface ExchangeGroup {
  id: string;
  documents: DocumentEntry[];
}

/** The edition's exchanges, each in order of date, in order of their first document. */
export function exchangeGroups(documents: readonly DocumentEntry[]): ExchangeGroup[] {
  const groups = new Map<string, DocumentEntry[]>();
  for (const entry of [...documents].sort((a, b) => a.data.chronologicalIndex - b.data.chronologicalIndex)) {
    const exchange = entry.data.exchange;
    if (!exchange) continue;
    const list = groups.get(exchange.id);
    if (list) list.push(entry);
    else groups.set(exchange.id, [entry]);
  }
  return [...groups].map(([id, list]) => ({ id, documents: list }));
}

/** `/threads/<id>/`, and `#t-<document>` for a document on it. */
export function exchangeUrl(base: string, id: string, document?: string): string {
  return withBase(base, `threads/${encodeURIComponent(id)}/`) + (document ? `#${threadItemId(document)}` : '');
}

/** The anchor of a document on its exchange's page. */
export function threadItemId(document: string): string {
  return `t-${document}`;
}

/** `June 4 – June 8, 1934 and 2 undated`: from the first dated document to the last, the undated counted. */
export function exchangeSpan(documents: readonly { date: string | null; dateLabel: string }[]): string {
  const dated = documents.filter((data) => data.date);
  const undated = documents.length - dated.length;
  const from = dated[0]?.dateLabel;
  const to = dated.at(-1)?.dateLabel;
  const span = !from ? '' : from === to ? from : `${from} – ${to}`;
  if (undated === 0) return span;
  const words = `${undated} undated`;
  return span ? `${span}, and ${words}` : `${words}`;
}

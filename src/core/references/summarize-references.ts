import type { EditionEntry } from '../model/edition.ts';
import type { ReferenceKind } from '../schemas/reference.ts';

/** An unresolved reference as the build reports it. */
export interface UnresolvedReference {
  text: string;
  kind: ReferenceKind;
  reason: string;
  /** Where it stands: `body`, or `note <marker>`. */
  where: string;
}

/** What the build says about the edition's references. */
export interface ReferenceSummary {
  total: number;
  resolved: number;
  /** Unresolved for a reason other than ambiguity (not printed, other volume, not in this edition…). */
  unresolved: number;
  /** Unresolved because several documents fit equally well. */
  ambiguous: number;
  /** Counts by kind: how many of each, and how many of them resolved. */
  byKind: Partial<Record<ReferenceKind, { total: number; resolved: number }>>;
  /** Counts of unresolved references by reason, the reason's detail (volume, page) dropped: `other volume`, `not printed`… */
  byReason: Record<string, number>;
  /** Each document with unresolved references, in edition order. */
  documents: { id: string; unresolved: UnresolvedReference[] }[];
}

/**
 * Counts resolved, unresolved and ambiguous references, and lists the
 * unresolved ones per document. Pure; run after `resolveReferences`.
 *
 * `[{ id: 'a', references: [resolved, 'not printed'] }]` →
 * `{ total: 2, resolved: 1, unresolved: 1, ambiguous: 0, …, documents: [{ id: 'a', unresolved: [{ …, reason: 'not printed' }] }] }`.
 */
export function summarizeReferences(entries: readonly Pick<EditionEntry, 'id' | 'references' | 'parsed'>[]): ReferenceSummary {
  const summary: ReferenceSummary = { total: 0, resolved: 0, unresolved: 0, ambiguous: 0, byKind: {}, byReason: {}, documents: [] };
  for (const entry of entries) {
    const unresolved: UnresolvedReference[] = [];
    for (const reference of entry.references) {
      summary.total += 1;
      const kind = summary.byKind[reference.kind] ?? { total: 0, resolved: 0 };
      summary.byKind[reference.kind] = kind;
      kind.total += 1;
      if (reference.target) {
        summary.resolved += 1;
        kind.resolved += 1;
        continue;
      }
      const reason = reference.unresolvedReason ?? 'not resolved';
      if (reason.startsWith('ambiguous')) summary.ambiguous += 1;
      else summary.unresolved += 1;
      const family = reason.replace(/:.*$/, '');
      summary.byReason[family] = (summary.byReason[family] ?? 0) + 1;
      const note = reference.noteIndex !== null ? entry.parsed.footnotes[reference.noteIndex] : undefined;
      unresolved.push({ text: reference.text, kind: reference.kind, reason, where: note ? `note ${note.n}` : 'body' });
    }
    if (unresolved.length > 0) summary.documents.push({ id: entry.id, unresolved });
  }
  return summary;
}

/** One line for build logs: `1,234 references: 1,000 resolved, 200 unresolved, 34 ambiguous`. */
export function referenceSummaryLine(summary: ReferenceSummary): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return `${count(summary.total)} references: ${count(summary.resolved)} resolved, ${count(summary.unresolved)} unresolved, ${count(summary.ambiguous)} ambiguous`;
}

/**
 * The full report, as lines of text: the summary line, counts by kind and by
 * reason, then each document's unresolved references
 * (`  note 87  telegram  "my 1307, October 8, 5 p.m."  — other volume: FRUS 1940 vol. III, p. 232`).
 */
export function referenceReportLines(summary: ReferenceSummary): string[] {
  const lines = [referenceSummaryLine(summary)];
  const kinds = Object.entries(summary.byKind).map(([kind, counts]) => `${kind} ${counts.resolved}/${counts.total}`);
  if (kinds.length > 0) lines.push(`  resolved by kind: ${kinds.join(', ')}`);
  const reasons = Object.entries(summary.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`);
  if (reasons.length > 0) lines.push(`  unresolved by reason: ${reasons.join(', ')}`);
  for (const document of summary.documents) {
    lines.push(`${document.id}:`);
    for (const item of document.unresolved) lines.push(`  ${item.where.padEnd(8)} ${item.kind.padEnd(12)} “${item.text}” — ${item.reason}`);
  }
  return lines;
}

import type { LocatedReference } from '../model/text-spans.ts';
import type { IndexedDocument } from './edition-index.ts';

/** What looking for a reference's target came to: one document, several that fit equally, or none (and why). */
export type Outcome = { kind: 'one'; document: IndexedDocument; how: string } | { kind: 'many'; documents: IndexedDocument[] } | { kind: 'none'; reason: string };

/** Sets the target, and how it was found. */
export function resolved(reference: LocatedReference, target: IndexedDocument, how: string): void {
  reference.target = target.id;
  reference.resolvedBy = how;
  reference.unresolvedReason = null;
  reference.candidates = [];
}

/** Leaves the reference unresolved, saying why, with the candidates when there were several. */
export function unresolved(reference: LocatedReference, reason: string, candidates: readonly IndexedDocument[] = []): void {
  reference.target = null;
  reference.resolvedBy = null;
  reference.unresolvedReason = reason;
  reference.candidates = candidates.map((candidate) => candidate.id);
}

/** Records an outcome on the reference. */
export function applyOutcome(reference: LocatedReference, outcome: Outcome): void {
  if (outcome.kind === 'one') resolved(reference, outcome.document, outcome.how);
  else if (outcome.kind === 'many') unresolved(reference, `ambiguous: ${outcome.documents.length} candidates`, outcome.documents);
  else unresolved(reference, outcome.reason);
}

import type { EditionDocument } from '../schemas/document.ts';
import type { Reference } from '../schemas/reference.ts';

/** What the tooltip needs of the target's summary. */
interface TargetSummary {
  dateLabel: string;
  from: string | null;
  to: string | null;
}

const TYPE_LABELS: Partial<Record<EditionDocument['type'], string>> = {
  telegram: 'Telegram',
  despatch: 'Despatch',
  instruction: 'Instruction',
  letter: 'Letter',
  note: 'Note',
  memorandum: 'Memorandum',
  'aide-memoire': 'Aide-mémoire',
  report: 'Report',
};

/**
 * The one-line description of a resolved reference's target shown on hover
 * and focus: what the document is, its date, who wrote to whom — and, for a
 * page reference, the page.
 *
 * `Your 232, September 12` → `Telegram No. 232 · Geneva, September 12, 1934—11 a.m. · Gilbert (Consul at Geneva) → Secretary of State`;
 * `Ante, p. 5` (page begins in that document) → `p. 5 begins in: Telegram No. 1359 · …`.
 */
export function describeReference(reference: Pick<Reference, 'kind' | 'page' | 'resolvedBy'>, target: Pick<EditionDocument, 'type' | 'telegramNumber'>, summary: TargetSummary): string {
  const type = TYPE_LABELS[target.type];
  const what = type ? (target.telegramNumber ? `${type} No. ${target.telegramNumber}` : type) : null;
  const parties = [summary.from, summary.to].filter(Boolean).join(' → ');
  const line = [what, summary.dateLabel, parties].filter(Boolean).join(' · ');
  if (reference.kind === 'page' && reference.page) {
    // Only the page was given: say so, rather than suggest the editors named this document.
    return reference.resolvedBy === 'page' ? `p. ${reference.page} begins in: ${line}` : `p. ${reference.page}: ${line}`;
  }
  return line;
}

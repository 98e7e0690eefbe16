import type { DocumentType, Party } from '../schemas/document.ts';

/** What the type is read from: the source note, its bracketed extras, heading and opening words. */
export interface TypeEvidence {
  source: string | null;
  sourceExtra: readonly string[];
  title: string;
  from: Party | null;
  to: Party | null;
  /** First words of the body (salutation). */
  opening: string;
  /** The dateline's place: older volumes head a paper `Mr. Hay to Mr. Choate.` and say by the place who wrote from where. */
  place: string | null;
  hasParticipants: boolean;
  britishTelegram: boolean;
  /** True when the dateline gives the hour: only telegrams are timed to the minute. */
  timed: boolean;
}

// A US officer's post reads "Ambassador in Brazil", "Consul at Geneva"; a foreign
// envoy's reads "Brazilian Ambassador". Only the first sends despatches.
const US_POST =
  /^(?:Acting\s+)?(?:Ambassador|Minister|Chargé|Charge|Consul|Consul General|Vice Consul|Counselor|Secretary of (?:the )?(?:Embassy|Legation)|Diplomatic Agent|High Commissioner|Delegate|Chairman of the American Delegation)\b.*\b(?:in|at)\b/;

// The offices older datelines name: `Legation of the United States, Peking`, `American Embassy, London`.
const US_OFFICE =
  /^(?:Legation of the United States|Embassy of the United States|United States Legation|United States Embassy|American (?:Embassy|Legation|Consulate(?: General)?)|Consulate(?: General)? of the United States)\b/;

/**
 * Infers the kind of document: a telegram says so in its source note; a
 * memorandum in its heading; a letter opens "Dear …"; a formal "Sir:" is an
 * instruction from the Department, a despatch from a US post, a note from a
 * foreign government.
 */
export function inferDocumentType(evidence: TypeEvidence): DocumentType {
  const { source, sourceExtra, title, from, opening } = evidence;
  const extras = sourceExtra.join(' ');
  if (/telegram|cablegram|radiogram/i.test(`${source ?? ''} ${extras}`) || evidence.britishTelegram) return 'telegram';
  if (/aide-m[ée]moire/i.test(`${title} ${extras}`)) return 'aide-memoire';
  if (/^(?:Memorandum|Conversation|Minutes|Notes of|Record of)\b/i.test(title) || evidence.hasParticipants) return 'memorandum';
  if (/^Report\b/i.test(title)) return 'report';
  // A copy that lost its source note (an archival typescript) still shows a telegram by its hour.
  if (evidence.timed) return 'telegram';
  if (/^Note\b/i.test(title)) return 'note';
  if (/^(?:My )?Dear\b/i.test(opening)) return 'letter';
  if (/^(?:No\.\s*\d+\s+)?(?:Sir|Excellency|Mr\.\s+\w+|Monsieur)\b.{0,20}:/i.test(opening) || /^No\.\s*\d+/.test(opening)) {
    const fromRole = from?.role ?? '';
    if (/^(?:Acting\s+)?Secretary of State$|^Department of State$|^(?:Acting\s+|Under\s+|Assistant\s+)?Secretary of State/.test(fromRole)) return 'instruction';
    if (US_POST.test(fromRole)) return 'despatch';
    if (/^Department of State\b/.test(evidence.place ?? '')) return 'instruction';
    if (US_OFFICE.test(evidence.place ?? '')) return 'despatch';
    return 'note';
  }
  if (/Embassy|Legation|Department of State|Foreign Office|Ministry/i.test(`${from?.role ?? ''}`)) return 'note';
  return 'other';
}

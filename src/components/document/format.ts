/**
 * Small formatting helpers for document pages and lists: labels for types and
 * header fields, sender → recipient lines, editor-supplied values. Pure; every
 * result is plain text for Astro to escape.
 */
import type { DocumentPage } from '../../site/page-data.ts';
import { formatIsoDate, partyLabel } from '../../core/model/display.ts';

const TYPE_LABELS: Record<string, string> = {
  telegram: 'Telegram',
  memorandum: 'Memorandum',
  despatch: 'Despatch',
  instruction: 'Instruction',
  letter: 'Letter',
  note: 'Note',
  'aide-memoire': 'Aide-mémoire',
  report: 'Report',
  other: 'Other',
};

/** `aide-memoire` → `Aide-mémoire`. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** Labels of the header fields, by the names the parser and `editorSupplied` use. */
export const FIELD_LABELS: Record<string, string> = {
  type: 'Type',
  title: 'Heading',
  source: 'Source note',
  sourceExtra: 'Source note',
  fileNumber: 'File number',
  classification: 'Classification',
  from: 'From',
  to: 'To',
  place: 'Place',
  date: 'Date',
  dateText: 'Date',
  received: 'Received',
  telegramNumber: 'Telegram number',
  number: 'Telegram number',
  participants: 'Present',
  subject: 'Subject',
  signedBy: 'Signed',
  printedSource: 'Printed source',
};

/** `Henderson, Chargé in the Soviet Union` (name first, as a reader says it). */
export function partyText(party: DocumentPage['from']): string | null {
  if (!party) return null;
  return [party.name, party.role].filter(Boolean).join(', ') || null;
}

/** `Henderson (Chargé in the Soviet Union) → Secretary of State`, or whichever side is known. */
export function senderRecipient(from: string | null, to: string | null): string | null {
  if (!from && !to) return null;
  return `${from ?? 'unknown'} → ${to ?? 'unknown'}`;
}

/** Sender → recipient of a document's page data. */
export function documentParties(data: Pick<DocumentPage, 'from' | 'to'>): string | null {
  return senderRecipient(partyLabel(data.from), partyLabel(data.to));
}

/** Whether the editors supplied or corrected a field (the names in `editorSupplied`). */
export function isSupplied(data: Pick<DocumentPage, 'editorSupplied'>, ...fields: string[]): boolean {
  return fields.some((field) => data.editorSupplied.includes(field));
}

/**
 * The date for lists and headings: the printed date, else the ISO date in words.
 * An editor-supplied date is bracketed, as editions print supplied matter.
 */
export function listDate(data: Pick<DocumentPage, 'date' | 'dateText' | 'dateLabel' | 'editorSupplied'>): { text: string; supplied: boolean } {
  const supplied = isSupplied(data, 'date') && !data.dateText;
  if (supplied && data.date) return { text: `[${formatIsoDate(data.date)}]`, supplied: true };
  return { text: data.dateLabel, supplied: false };
}

/** The ISO date a `<time datetime>` accepts (`1937-12-21T14:00`, `1938-01`, `1938`), or null. */
export function machineDate(date: string | null): string | null {
  if (!date) return null;
  return /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/.test(date) ? date : null;
}

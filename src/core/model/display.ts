import type { EditionDocument } from '../schemas/document.ts';

/**
 * A title for lists and the browser tab. The heading as printed, except where
 * it is only a word (`Conversation.`): then the subject is added, and with no
 * heading at all, the type and file number stand in.
 */
export function displayTitle(record: Pick<EditionDocument, 'title' | 'subject' | 'type' | 'fileNumber' | 'id'>): string {
  const heading = record.title.trim().replace(/\.$/, '');
  if (!heading) return `${capitalize(record.type)} ${record.fileNumber ?? record.id}`;
  if (record.subject && heading.split(/\s+/).length <= 2) return `${heading}: ${record.subject}`;
  return heading;
}

/** The date as a reader wants it: the printed date text, else the ISO date, else "Undated". */
export function displayDate(record: Pick<EditionDocument, 'date' | 'dateText'>): string {
  if (record.dateText) return record.dateText;
  if (record.date) return formatIsoDate(record.date);
  return 'Undated';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1940-10` → `October 1940`; `1937-12-21T14:00` → `December 21, 1937, 14:00`. */
export function formatIsoDate(date: string): string {
  const [day, time] = date.split('T');
  const [year, month, dayOfMonth] = day.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (!dayOfMonth) return `${monthName} ${year}`;
  return `${monthName} ${Number(dayOfMonth)}, ${year}${time ? `, ${time.slice(0, 5)}` : ''}`;
}

/**
 * `Henderson (Chargé in the Soviet Union)` or whichever part is known. A role
 * that still carries the name, glued on as some transcriptions print the
 * heading (`Consul at Geneva(Gilbert)`), is given without it.
 */
export function partyLabel(party: EditionDocument['from']): string | null {
  if (!party) return null;
  const role = party.role && party.name ? withoutName(party.role, party.name) : party.role;
  if (party.name && role) return `${party.name} (${role})`;
  return party.name ?? role ?? null;
}

/** `Consul at Geneva(Gilbert)` without `(Gilbert)`. */
function withoutName(role: string, name: string): string {
  return role.endsWith(`(${name})`) ? role.slice(0, -name.length - 2).trimEnd() : role;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

import type { ParsedDocument } from '../model/parsed-document.ts';
import type { EditionDocument } from '../schemas/document.ts';
import type { Sidecar } from '../schemas/sidecar.ts';

// Sidecar keys that are not document fields but instructions to the linker or page, or fields
// completed later from the whole edition (printedSource: edition/printed-source.ts).
const NOT_FIELDS = new Set(['aliases', 'editorialNote', 'printedSource']);

/**
 * Applies an editor's sidecar to a parsed record: each field the sidecar sets
 * replaces the parser's value and is listed in `editorSupplied`, so the page
 * can say which values came from the editor rather than the text.
 */
export function applySidecar(record: EditionDocument, sidecar: Sidecar | null): EditionDocument {
  if (!sidecar) return record;
  const next: EditionDocument = { ...record, editorSupplied: [...record.editorSupplied] };
  for (const [key, value] of Object.entries(sidecar)) {
    if (NOT_FIELDS.has(key) || value === undefined) continue;
    (next as Record<string, unknown>)[key] = value;
    next.editorSupplied.push(key);
  }
  return next;
}

// The sidecar keys that correct what the parser read, field for field.
const PARSED_FIELDS = ['type', 'title', 'source', 'fileNumber', 'from', 'to', 'place', 'date', 'dateText', 'received', 'telegramNumber', 'classification', 'participants', 'subject'] as const;

/**
 * The parse with the editor's corrections in it, so that what reads the parse
 * — the name matcher on the heading, sender and participants, the reference
 * finder's date for "your 232, September 12" — reads what the page shows.
 * (`signedBy` names a line of the text, which stays as printed.)
 */
export function correctParse(parsed: ParsedDocument, sidecar: Sidecar | null): ParsedDocument {
  if (!sidecar) return parsed;
  const corrections: Partial<ParsedDocument> = {};
  for (const key of PARSED_FIELDS) if (sidecar[key] !== undefined) Object.assign(corrections, { [key]: sidecar[key] });
  return { ...parsed, ...corrections };
}

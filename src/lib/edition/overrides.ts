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

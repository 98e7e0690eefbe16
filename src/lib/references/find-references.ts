import type { LocatedReference } from '../edition/types.ts';
import type { ParsedDocument } from '../parse/types.ts';

/** Finds references to other documents and pages in a document's body and notes. (Placeholder.) */
export function findReferences(_parsed: ParsedDocument): LocatedReference[] {
  return [];
}

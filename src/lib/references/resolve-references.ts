import type { EditionEntry } from '../edition/types.ts';

/**
 * Resolves the references of every document against the edition's own
 * documents, setting `target` (or `unresolvedReason`). (Placeholder.)
 */
export function resolveReferences(_entries: readonly EditionEntry[]): void {}

/**
 * What an editor reviews, document by document: the parser's warnings, the
 * references the edition does not follow with why, the capitalized names no
 * index entry matches, and the sidecar's values in force — each with the
 * file and line it comes from, and the anchor on the document page nearest
 * that line. Pure: the edition in, plain data out (review-html.ts sets it).
 */
import type { Edition } from '../../core/edition/edition.ts';
import type { EditionEntry } from '../../core/model/edition.ts';
import { displayTitle } from '../../core/model/display.ts';
import { findUnindexedNames } from '../../core/names/unindexed.ts';
import type { ParsedDocument } from '../../core/model/parsed-document.ts';
import { reasonText } from '../../core/references/reason-text.ts';
import { referenceEntryId } from '../../core/render/render-document.ts';
import { blockId } from '../../core/model/anchors.ts';

/** A place in the content folder, and where the document page shows it. */
export interface ReviewLocation {
  /** Relative to the content folder: the transcription, or its sidecar. */
  file: string;
  /** 1-based; 0 for the whole file. */
  line: number;
  /** Anchor on the document page (`b-12`, `reference-3`), or null for the top of the page. */
  anchor: string | null;
}

export interface ReviewReference {
  text: string;
  /** `ambiguous` when several documents fit equally well; `unresolved` when none does. */
  kind: 'ambiguous' | 'unresolved';
  reason: string;
  candidates: { id: string; title: string }[];
  where: ReviewLocation;
}

export interface ReviewDocument {
  id: string;
  title: string;
  sourceFile: string;
  warnings: { message: string; where: ReviewLocation }[];
  references: ReviewReference[];
  unindexed: { text: string; count: number; where: ReviewLocation[] }[];
  sidecar: { field: string; value: string; where: ReviewLocation }[];
}

export interface ReviewData {
  /** Problems with edition.yaml, people.yaml, places.yaml and stray files (`file:line: message`). */
  problems: string[];
  documents: ReviewDocument[];
  totals: { documents: number; warnings: number; unresolved: number; ambiguous: number; unindexed: number; sidecarValues: number };
}

/**
 * The review of a whole edition, its documents in file order (the printed
 * volume's): those with something to review first, then, counted, the rest.
 */
export function reviewData(edition: Edition): ReviewData {
  const entries = [...edition.documents].sort((a, b) => a.fileOrder - b.fileOrder);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const unindexed = new Map<string, Map<string, ReviewLocation[]>>();
  const candidates = findUnindexedNames(entries.map((entry) => ({ id: entry.id, sourceFile: entry.record.sourceFile, parsed: entry.parsed, mentions: entry.mentions })));
  for (const candidate of candidates) {
    for (const occurrence of candidate.occurrences) {
      const names = unindexed.get(occurrence.document) ?? new Map<string, ReviewLocation[]>();
      const entry = byId.get(occurrence.document);
      const list = names.get(candidate.text) ?? [];
      list.push({ file: occurrence.file, line: occurrence.line, anchor: entry ? anchorAtLine(entry.parsed, occurrence.line) : null });
      names.set(candidate.text, list);
      unindexed.set(occurrence.document, names);
    }
  }
  const documents = entries.map(
    (entry): ReviewDocument => ({
      id: entry.id,
      title: displayTitle(entry.record),
      sourceFile: entry.record.sourceFile,
      warnings: entry.record.warnings.map((warning) => ({
        message: warning.message,
        where: { file: warning.file ?? entry.record.sourceFile, line: warning.line, anchor: warning.file ? null : anchorAtLine(entry.parsed, warning.line) },
      })),
      references: unfollowed(entry, byId),
      unindexed: [...(unindexed.get(entry.id) ?? [])].map(([text, where]) => ({ text, count: where.length, where })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
      sidecar: sidecarValues(entry),
    }),
  );
  const sum = (pick: (document: ReviewDocument) => number) => documents.reduce((total, document) => total + pick(document), 0);
  return {
    problems: edition.problems,
    documents,
    totals: {
      documents: documents.length,
      warnings: sum((document) => document.warnings.length),
      unresolved: sum((document) => document.references.filter((reference) => reference.kind === 'unresolved').length),
      ambiguous: sum((document) => document.references.filter((reference) => reference.kind === 'ambiguous').length),
      unindexed: sum((document) => document.unindexed.reduce((total, name) => total + name.count, 0)),
      sidecarValues: sum((document) => document.sidecar.length),
    },
  };
}

/** Does the document give the editor anything to look at? */
export function needsReview(document: ReviewDocument): boolean {
  return document.warnings.length + document.references.length + document.unindexed.length + document.sidecar.length > 0;
}

/** The references the edition does not follow, with the reason in the words the document page uses. */
function unfollowed(entry: EditionEntry, byId: ReadonlyMap<string, EditionEntry>): ReviewReference[] {
  return entry.references.flatMap((reference, at) => {
    if (reference.target) return [];
    const content = reference.span.part === 'body' ? entry.parsed.body[reference.span.index] : entry.parsed.footnotes[reference.span.index];
    return [
      {
        text: reference.text,
        kind: reference.candidates.length > 1 || reference.unresolvedReason?.startsWith('ambiguous') ? 'ambiguous' : 'unresolved',
        reason: reasonText(reference.unresolvedReason),
        candidates: reference.candidates.flatMap((id) => {
          const candidate = byId.get(id);
          return candidate ? [{ id, title: displayTitle(candidate.record) }] : [];
        }),
        where: { file: entry.record.sourceFile, line: content?.line ?? 0, anchor: referenceEntryId(at) },
      },
    ];
  });
}

/** Each value the sidecar sets and the page shows bracketed, as the editor wrote it. */
function sidecarValues(entry: EditionEntry): ReviewDocument['sidecar'] {
  const sidecar = entry.raw.sidecar;
  if (!sidecar || !entry.raw.sidecarFile) return [];
  const file = entry.raw.sidecarFile;
  // The page lists the editor's values in its editorial note, when it has one.
  const anchor = entry.editorialNote || entry.record.editorSupplied.length > 0 ? 'editorial-note' : null;
  return Object.entries(sidecar)
    .map(([field, value]) => ({
      field,
      value: typeof value === 'string' ? value : JSON.stringify(value),
      where: { file, line: entry.raw.sidecarLines?.[field] ?? 1, anchor },
    }))
    .sort((a, b) => a.where.line - b.where.line);
}

/** The anchor of the paragraph a line of the transcription is in (the last one starting at or before it), if the line is in the text. */
function anchorAtLine(parsed: ParsedDocument, line: number): string | null {
  if (line <= 0) return null;
  let found: string | null = null;
  for (const block of parsed.body) {
    if (block.line > line) break;
    found = blockId(block);
  }
  return found;
}

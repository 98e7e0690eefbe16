import type { EditionDocument } from '../schemas/document.ts';
import { bodyText } from '../parse/parse-document.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';

/** Where a document came from: its id (file name without extension) and path in the content folder. */
export interface DocumentOrigin {
  id: string;
  sourceFile: string;
}

/**
 * The open-data record of a parsed document (edition-data.md), before people,
 * places and references are linked.
 */
export function toDocumentRecord(parsed: ParsedDocument, origin: DocumentOrigin): EditionDocument {
  return {
    id: origin.id,
    sourceFile: origin.sourceFile,
    type: parsed.type,
    title: parsed.title,
    source: parsed.source,
    fileNumber: parsed.fileNumber,
    from: parsed.from,
    to: parsed.to,
    place: parsed.place,
    date: parsed.date,
    dateText: parsed.dateText,
    received: parsed.received,
    telegramNumber: parsed.telegramNumber,
    classification: parsed.classification,
    signedBy: parsed.signatures.at(-1) ?? null,
    footnotes: parsed.footnotes.map(({ n, text, line }) => ({ n, text, line })),
    pageBreaks: parsed.pageBreaks,
    text: bodyText(parsed.body),
    references: [],
    people: [],
    places: [],
    warnings: parsed.warnings,
    participants: parsed.participants,
    subject: parsed.subject,
    emendations: parsed.emendations,
    provenance: parsed.provenance,
    editorSupplied: [],
    printedSource: null,
  };
}

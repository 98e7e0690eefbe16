import { inlineText } from '../../src/core/parse/inline.ts';
import type { Inline, ParsedDocument } from '../../src/core/model/parsed-document.ts';

/**
 * Inline content as a reader sees it: words, editorial brackets, note markers and
 * page markers. A marker is superscript: `apart` sets it off from the figure
 * before it (`5860` + `1`), otherwise it runs on as a web copy glues it (`Chungking85`).
 */
function shown(inlines: readonly Inline[], apart: boolean): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'noteRef') return apart ? ` ${inline.n} ` : inline.n;
      if (inline.type === 'pageBreak') return ` [Page ${inline.page}] `;
      return inlineText([inline]);
    })
    .join('');
}

/**
 * Everything a document page shows of a parsed transcription: header fields
 * with their labels, body with labels and markers, signatures, notes with
 * their markers, and the provenance box. Used to check that parsing loses no word.
 */
export function visibleText(parsed: ParsedDocument, apart = false): string {
  const header = [
    parsed.classification,
    parsed.source,
    ...parsed.sourceExtra,
    // A marker after the heading is shown right after it, as printed (`…1934` + `8`).
    parsed.title + parsed.headerNotes.map(({ note }) => (apart ? ' ' : '') + (parsed.footnotes[note]?.n ?? '')).join(''),
    parsed.number ? `No. ${parsed.number}` : null,
    parsed.place,
    parsed.dateText,
    parsed.received ? `Received ${parsed.received}` : null,
    parsed.participants.length ? `Present: ${parsed.participants.join('; ')}` : null,
    parsed.subject ? `Subject: ${parsed.subject}` : null,
  ];
  const body = parsed.body.map((block) => [block.label, shown(block.content, apart)].filter(Boolean).join(' '));
  const notes = parsed.footnotes.map((note) => `${note.n} ${shown(note.content, apart)}`);
  const provenance = parsed.provenance.furniture.map((line) => line.text);
  return [...header, ...body, ...notes, ...provenance].filter(Boolean).join('\n');
}

/** Words as runs of letters or of digits, so `Chungking85` is `Chungking` + `85`. */
export function words(text: string): Set<string> {
  return new Set(text.match(/\p{L}+|\p{N}+/gu) ?? []);
}

import type { DescriptionSource } from '../model/edition.ts';
import type { Mention } from '../model/text-spans.ts';
import { inlineText } from '../parse/inline.ts';
import type { Inline, ParsedDocument } from '../model/parsed-document.ts';

/** A note that says who a person is, found right after their name: `Litvinov⁴⁴` + `Soviet Commissar for Foreign Affairs.` */
export interface FootnoteIdentification {
  person: string;
  /** The note's words about the person, without their name or final full stop. */
  description: string;
  /** Where it came from: the document, the note's index there and its marker as printed. */
  document: string;
  note: number;
  n: string;
  /** The note as printed. */
  noteText: string;
}

// Notes that cite or comment rather than identify (`See`, `Ante, p. 568`, `Not printed.`).
const NOT_AN_IDENTIFICATION =
  /^(see|cf|ante|post|infra|supra|ibid|vol|not printed|not found|printed|quoted|apparently|presumably|probably|possibly|evidently|reference|the (telegram|despatch|letter|memorandum|note|document)|telegram|despatch|document|file|for|in|on|at|this|these|copy|marginal|substance|signed|handwritten|omission|garble|corrected|sic)\b/i;
// What may stand between a name and its marker: `Vyshinsky?].86`, `Stalin,8`.
const BETWEEN_NAME_AND_MARKER = /^[?.,;:!"”’')\]]*$/;

/**
 * Finds notes that identify a person: the note's marker directly follows the
 * person's name (only closing punctuation between), and the note is one
 * short line that starts with a name or an office, without figures (which
 * mark a citation). A note that begins with the person's own full name gives
 * what follows the name (`Andrey Yanuaryevich Vyshinsky, Soviet Vice
 * Commissar for Foreign Affairs.` → `Soviet Vice Commissar for Foreign Affairs`).
 */
export function footnoteIdentifications(documentId: string, parsed: ParsedDocument, mentions: readonly Mention[]): FootnoteIdentification[] {
  const out: FootnoteIdentification[] = [];
  const seen = new Set<number>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const content = mention.part === 'body' ? parsed.body[mention.index]?.content : parsed.footnotes[mention.index]?.content;
    if (!content) continue;
    const note = markerAfter(content, mention);
    if (note === null || seen.has(note)) continue;
    const footnote = parsed.footnotes[note];
    if (!footnote) continue;
    seen.add(note);
    const description = describe(footnote.text || inlineText(footnote.content), mention.id, note, mentions);
    if (description) out.push({ person: mention.id, description, document: documentId, note, n: footnote.n, noteText: footnote.text });
  }
  return out;
}

/** The index of the note whose marker follows the mention, with nothing but closing punctuation between. */
function markerAfter(content: readonly Inline[], mention: Mention): number | null {
  const inline = content[mention.inline];
  if (!inline || !('value' in inline)) return null;
  if (!BETWEEN_NAME_AND_MARKER.test(inline.value.slice(mention.end))) return null;
  for (let i = mention.inline + 1; i < content.length; i += 1) {
    const next = content[i];
    if (next.type === 'noteRef') return next.note;
    if (next.type === 'text' && BETWEEN_NAME_AND_MARKER.test(next.value)) continue;
    return null;
  }
  return null;
}

function describe(text: string, person: string, note: number, mentions: readonly Mention[]): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 200 || /\d/.test(trimmed) || !/^\p{Lu}/u.test(trimmed) || NOT_AN_IDENTIFICATION.test(trimmed)) return null;
  // A name at the very start of the note: the person's own (then the rest describes them) or someone else's (then it is not about them).
  const first = mentions.find((mention) => mention.part === 'note' && mention.index === note && mention.inline === 0 && mention.kind === 'person' && mention.start === 0);
  let rest = trimmed;
  if (first) {
    if (first.id !== person) return null;
    // `Name, office.` identifies; `Name is …` is a sentence about them, not a description.
    rest = trimmed.slice(first.end);
    if (!/^(?:,|\.?$)/u.test(rest)) return null;
    rest = rest.replace(/^,\s*/u, '');
  }
  rest = rest.replace(/\.$/, '').trim();
  return rest.length > 0 ? rest : null;
}

/** What the documents' notes say about people the authority file leaves undescribed. */
export interface FootnoteDescription {
  description: string;
  source: DescriptionSource;
}

/**
 * For each person without a description in the authority file, the first
 * identifying note in the edition's order (`documents` chronological):
 * Litvinov ← `Soviet Commissar for Foreign Affairs.` (note 44 of Henderson's
 * telegram 333). People the authority file describes keep their description.
 */
export function footnoteDescriptions(
  documents: readonly { id: string; parsed: ParsedDocument; mentions: readonly Mention[] }[],
  people: readonly { id: string; description?: string }[],
): Map<string, FootnoteDescription> {
  const wanted = new Set(people.filter((person) => !person.description).map((person) => person.id));
  const out = new Map<string, FootnoteDescription>();
  for (const document of documents) {
    if (out.size === wanted.size) break;
    if (!document.mentions.some((mention) => wanted.has(mention.id) && !out.has(mention.id))) continue;
    for (const found of footnoteIdentifications(document.id, document.parsed, document.mentions)) {
      if (!wanted.has(found.person) || out.has(found.person)) continue;
      out.set(found.person, { description: found.description, source: { document: found.document, note: found.note, n: found.n, text: found.noteText } });
    }
  }
  return out;
}

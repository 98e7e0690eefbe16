import type { ParsedDocument } from '../parse/types.ts';
import { triesFor } from './find-mentions.ts';
import { matchNames } from './match-names.ts';
import type { NameIndex } from './name-index.ts';

/** A person named in a document's header: the participants of a conversation, the sender or recipient. */
export interface HeaderMention {
  field: 'participants' | 'from' | 'to';
  /** Position in the participants list (0 for from/to). */
  index: number;
  start: number;
  end: number;
  kind: 'person';
  id: string;
  text: string;
}

/**
 * People named in the header, which is not part of the body the renderer
 * annotates: seed 003's `Present:` list names Harriman, Molotov, Page and
 * Pavlov, who are never named in its text. Places in the header (`The
 * Chargé in the Soviet Union`) are offices, not what the document is about,
 * so only people are taken. Aliases apply as in the body.
 */
export function findHeaderMentions(parsed: ParsedDocument, index: NameIndex, aliases: Readonly<Record<string, string>>): HeaderMention[] {
  const tries = triesFor(index, aliases);
  const out: HeaderMention[] = [];
  const scan = (field: HeaderMention['field'], position: number, value: string | undefined) => {
    if (!value) return;
    for (const match of matchNames(value, tries, { atSentenceStart: true })) {
      if (match.name.kind !== 'person') continue;
      out.push({ field, index: position, start: match.start, end: match.end, kind: 'person', id: match.name.id, text: value.slice(match.start, match.end) });
    }
  };
  parsed.participants.forEach((participant, position) => scan('participants', position, participant));
  scan('from', 0, parsed.from?.name);
  scan('to', 0, parsed.to?.name);
  return out;
}

/**
 * Where a header mention stands on the document page: a participant's line
 * of the "Present" list (`present-2`), or the heading, which names sender and
 * recipient (`document-title`).
 */
export function headerMentionAnchor(mention: Pick<HeaderMention, 'field' | 'index'>): string {
  return mention.field === 'participants' ? `present-${mention.index + 1}` : 'document-title';
}

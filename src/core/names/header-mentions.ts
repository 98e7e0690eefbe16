import type { ParsedDocument } from '../model/parsed-document.ts';
import type { HeaderMention } from '../model/text-spans.ts';
import { foldName } from './characters.ts';
import { triesFor } from './find-mentions.ts';
import { matchNames } from './match-names.ts';
import type { NameIndex } from './name-index.ts';

/**
 * People named in the header, which is not part of the body the renderer
 * annotates: seed 003's `Present:` list names Harriman, Molotov, Page and
 * Pavlov, who are never named in its text. Places in the header (`The
 * Chargé in the Soviet Union`, `AMBASSADOR IN RUSSIA`) are offices, not what
 * the document is about, so of places only a heading's party that is a place
 * is taken: seed 004's `FROM CHUNGKING TO FOREIGN OFFICE` is from Chungking.
 * A sender's or recipient's name, and that party, stand where only a name
 * stands: in capitals or not, an ordinary word there is the name (`HULL`).
 * Aliases apply as in the body.
 */
export function findHeaderMentions(parsed: ParsedDocument, index: NameIndex, aliases: Readonly<Record<string, string>>): HeaderMention[] {
  const tries = triesFor(index, aliases);
  const out: HeaderMention[] = [];
  const scan = (field: HeaderMention['field'], position: number, value: string | undefined, nameSlot: boolean) => {
    if (!value) return;
    for (const match of matchNames(value, tries, { atSentenceStart: true, nameSlot })) {
      if (match.name.kind !== 'person') continue;
      out.push({ field, index: position, start: match.start, end: match.end, kind: 'person', id: match.name.id, text: value.slice(match.start, match.end) });
    }
  };
  parsed.participants.forEach((participant, position) => {
    scan('participants', position, participant, false);
  });
  scan('from', 0, parsed.from?.name, true);
  scan('to', 0, parsed.to?.name, true);
  out.push(...partyPlaces(parsed, tries));
  return out;
}

/**
 * Places the heading names as a whole party (`FROM CHUNGKING TO …`: from.role
 * is `Chungking`), at their place in the heading: each party once, the first
 * time it is named (`FROM WASHINGTON TO … THE WASHINGTON OFFICE …` links the first).
 */
function partyPlaces(parsed: ParsedDocument, tries: ReturnType<typeof triesFor>): HeaderMention[] {
  const parties = [parsed.from, parsed.to].map((party) => new Set([party?.role, party?.name].flatMap((value) => (value ? [withoutArticle(foldName(value).key)] : []))));
  const out: HeaderMention[] = [];
  for (const match of matchNames(parsed.title, tries, { atSentenceStart: true, nameSlot: true })) {
    const text = parsed.title.slice(match.start, match.end);
    const party = parties.findIndex((keys) => keys.has(withoutArticle(foldName(text).key)));
    if (match.name.kind !== 'place' || party < 0) continue;
    parties[party] = new Set();
    out.push({ field: 'title', index: 0, start: match.start, end: match.end, kind: 'place', id: match.name.id, text });
  }
  return out;
}

/** `the hague` and `hague` are one party. */
function withoutArticle(key: string): string {
  return key.replace(/^the /, '');
}

/**
 * Where a header mention stands on the document page: a participant's line
 * of the "Present" list (`present-2`), or the heading, which names sender and
 * recipient (`document-title`).
 */
export function headerMentionAnchor(mention: Pick<HeaderMention, 'field' | 'index'>): string {
  return mention.field === 'participants' ? `present-${mention.index + 1}` : 'document-title';
}

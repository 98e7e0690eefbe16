import { yearOf } from '../model/chronology.ts';
import { displayDate, displayTitle } from '../model/display.ts';
import type { EditionEntry } from '../model/edition.ts';
import { mentionId } from '../model/anchors.ts';
import type { HeaderMention } from '../model/text-spans.ts';
import { headerMentionAnchor } from './header-mentions.ts';
import { keywordsInContext, type KeywordInContext } from './keyword-in-context.ts';

const HEADER_LABELS: Record<HeaderMention['field'], string> = { participants: 'Present', from: 'From', to: 'To', title: 'Heading' };

/** The header line a mention's offsets are in. */
function headerValue(entry: EditionEntry, mention: HeaderMention): string {
  if (mention.field === 'participants') return entry.parsed.participants[mention.index] ?? '';
  if (mention.field === 'title') return entry.parsed.title;
  return entry.parsed[mention.field]?.name ?? '';
}

/** One mention shown on an index page: the words around it and its anchor in the document (`m-3`). */
export interface MentionSnippet extends KeywordInContext {
  /** Anchor of the mention on the document page (`m-3`; `present-2` or `document-title` for a name in the header). */
  anchor: string | null;
}

/** A document in which a person or place appears, with a few of its mentions. */
export interface Appearance {
  document: string;
  title: string;
  dateLabel: string;
  date: string | null;
  year: string | null;
  /** How many times the document names them (body, notes and header). */
  mentions: number;
  /** The first few mentions, in document order (header first). */
  snippets: MentionSnippet[];
}

/** How much of each document to keep: pages stay bounded however often someone is named. */
export interface AppearanceOptions {
  /** Snippets kept per document (default 3); the rest are counted. */
  snippetsPerDocument?: number;
  /** Characters of context each side (default 60). */
  width?: number;
}

/**
 * Where every person and place appears: for each `person:<id>` and
 * `place:<id>`, the documents that name them in the edition's order
 * (chronological), each with a count and the first few keyword-in-context
 * snippets. Mentions in the body and notes link to their anchor: the
 * renderer numbers them `m-1`, `m-2`, … in the order of `entry.mentions`.
 * People named only in a header (the participants of a conversation) are
 * included too, linked to their line of the "Present" list or the heading.
 */
export function collectAppearances(documents: readonly EditionEntry[], options: AppearanceOptions = {}): Map<string, Appearance[]> {
  const perDocument = options.snippetsPerDocument ?? 3;
  const out = new Map<string, Appearance[]>();
  for (const entry of documents) {
    const context = keywordsInContext(entry.parsed, options.width ?? 60);
    const byEntity = new Map<string, Appearance>();
    const appearance = (key: string) => {
      let found = byEntity.get(key);
      if (!found) {
        found = {
          document: entry.id,
          title: displayTitle(entry.record),
          dateLabel: displayDate(entry.record),
          date: entry.record.date,
          year: yearOf(entry.record.date),
          mentions: 0,
          snippets: [],
        };
        byEntity.set(key, found);
      }
      return found;
    };
    for (const mention of entry.headerMentions) {
      const found = appearance(`${mention.kind}:${mention.id}`);
      found.mentions += 1;
      const value = headerValue(entry, mention);
      const label = HEADER_LABELS[mention.field];
      if (found.snippets.length < perDocument) {
        found.snippets.push({ anchor: headerMentionAnchor(mention), before: `${label}: ${value.slice(0, mention.start)}`, match: mention.text, after: value.slice(mention.end) });
      }
    }
    entry.mentions.forEach((mention, position) => {
      const found = appearance(`${mention.kind}:${mention.id}`);
      found.mentions += 1;
      if (found.snippets.length < perDocument) found.snippets.push({ anchor: mentionId(position), ...context(mention) });
    });
    for (const [key, found] of byEntity) {
      const list = out.get(key);
      if (list) list.push(found);
      else out.set(key, [found]);
    }
  }
  return out;
}

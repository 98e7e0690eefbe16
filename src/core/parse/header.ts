import type { Party, Warning } from '../schemas/document.ts';
import { isPlaceName, parseDateline, type Dateline } from './dateline.ts';
import { sourceNoteFileNumber } from './file-numbers.ts';
import { parseHeadingParties } from './heading.ts';
import { markersIn, stripMarkers } from './inline.ts';
import type { SourceLine } from './source-lines.ts';
import { wordCount } from './source-lines.ts';

/** Header fields and where the body begins. */
export interface Header {
  classification: string | null;
  /** True when the classification is struck through in the source (`~~SECRET~~`). */
  classificationStruck: boolean;
  source: string | null;
  fileNumber: string | null;
  sourceExtra: string[];
  title: string;
  from: Party | null;
  to: Party | null;
  britishTelegram: boolean;
  dateline: Dateline | null;
  received: string | null;
  /** A number printed in the header (`No. 456`), before the dateline. */
  number: string | null;
  participants: string[];
  subject: string | null;
  /** Footnote indices whose markers stand in header lines, with the field they belong to. */
  notes: { field: string; note: number }[];
  /** Line indices the header consumed. */
  lines: number[];
  /** Index of the first body line. */
  bodyStart: number;
}

const CLASSIFICATION =
  /^(~~)?\s*((?:TOP\s+)?SECRET|CONFIDENTIAL|STRICTLY CONFIDENTIAL|PERSONAL AND (?:SECRET|CONFIDENTIAL)|RESTRICTED|PERSONAL|URGENT|Strictly Confidential|Confidential|Secret|Personal and Confidential|Personal and Secret|Top Secret|Restricted)\.?\s*(~~)?\.?$/;

// `Treaty Series No. 898`, `Executive Agreement Series No. 65`: printed, not archival, sources.
const PUBLISHED_SOURCE = /^(?:Treaty|Executive Agreement|Department of State|Press Releases?)\b.*\b(?:Series|No\.|Bulletin|vol\.)/;

// Bracketed lines that describe the copy rather than belong to the text.
const SOURCE_EXTRA = /^\[(?:Telegram|Translation|Extract|Excerpt|Paraphrase|Aide|Memorandum|Circular|Despatch|Note|Letter|Enclosure|Code|Cable|Radiogram|Plain|Copy|Summary)[^\]]*\]$/i;

// `[Received 3:11 p.m.]`, older volumes' `(Received October 25.)`; a copy sometimes lost the closing bracket.
const RECEIVED = /^[[(]Received:?,?\s*(.*?)(?:[\])]\.?)?$/;
// The same after a date on the dateline's own line.
const INLINE_RECEIVED = /[[(]Received:?,?\s*(.*?)\.?[\])]/;

// A month and a year: what a dateline has, whether or not it could be read.
const DATE_LIKE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*\b1[6-9]\d\d\b/;

// Titles and styles before a person's name in a heading: `Mr. Sargent to Mr. Frelinghuysen`, `Baron Gerolt to Mr. Fish`.
const STYLED = String.raw`(?:Mr|Mrs|Miss|Messrs|Dr|Sir|Lord|Lady|Señor|Senor|Senhor|Monsieur|M|Baron|Count|Prince|Marquis|Marquess|Viscount|Earl|Duke|Chancellor|Commander|Captain|Colonel|General|Admiral|Senator|Representative|Governor|President|King|Queen|Emperor)\.?`;

const HEADING_START = new RegExp(
  [
    String.raw`^The\s.+\sto\s`,
    String.raw`^(?:Memorandum|Conversation|Minutes|Notes of|Aide-M[ée]moire|Note|Press Release|Agreement|Statement|Report|Telegram|Protocol|Convention|Treaty|Declaration|Proclamation|Executive Order|Resolution|Instructions|Record of|Circular)\b`,
    // Older volumes name the parties of a paper after one between the same: `Same to same.`, `Same to Mr. Storer.`, `Mr. Hay to same.`
    String.raw`^Same to\s|\sto (?:the )?same\.?$`,
    // Later volumes number their documents in the heading: `65. Memorandum of Record`, `131. Circular Telegram From …`.
    String.raw`^\d{1,4}\.\s+(?:Memorandum|Minutes|Telegram|Circular|Letter|Note|Editorial Note|Paper|Report|Summary|Record|Message|Despatch|Airgram|Instruction|Notes)\b`,
    String.raw`^FROM\s.+\sTO\s`,
    // Older volumes: `Mr. Draper to Mr. Sherman.`, `No. 101. Mr. Sargent to …`, `Visconti Venosta to Mr. Draper.`
    String.raw`^(?:No\.\s*\d+\.\s+)?${STYLED}\s.+\sto\s`,
    String.raw`^(?:No\.\s*\d+\.\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\sto\s(?:the\s)?${STYLED}\s`,
  ].join('|'),
  'u',
);

/**
 * Reads the header from the top of the (marker-tokenised) lines: classification,
 * source note, heading, bracketed extras, dateline (joining a wrapped hour),
 * `[Received …]` (once, however often repeated), `No. 456`, `FROM X TO Y`,
 * "Present:" and "Subject:". Stops at the first line that is none of these.
 * `skip` holds line indices already taken (archival furniture).
 */
export function parseHeader(lines: readonly SourceLine[], end: number, skip: ReadonlySet<number>, warnings: Warning[]): Header {
  const header: Header = {
    classification: null,
    classificationStruck: false,
    source: null,
    fileNumber: null,
    sourceExtra: [],
    title: '',
    from: null,
    to: null,
    britishTelegram: false,
    dateline: null,
    received: null,
    number: null,
    participants: [],
    subject: null,
    notes: [],
    lines: [],
    bodyStart: end,
  };
  const take = (index: number, field: string) => {
    header.lines.push(index);
    for (const note of markersIn(lines[index].text)) header.notes.push({ field, note });
  };

  let i = 0;
  let sawHeading = false;
  while (i < end) {
    if (skip.has(i) || !lines[i].text.trim()) {
      i += 1;
      continue;
    }
    const text = stripMarkers(lines[i].text).trim();

    const classification = CLASSIFICATION.exec(text);
    if (classification && !header.classification) {
      header.classification = classification[2].toUpperCase();
      header.classificationStruck = Boolean(classification[1] && classification[3]);
      take(i++, 'classification');
      continue;
    }

    if (!header.source && !sawHeading && !header.dateline && isSourceNote(text, lines, i, end, skip)) {
      header.source = text;
      header.fileNumber = sourceNoteFileNumber(text);
      take(i++, 'source');
      continue;
    }

    if (SOURCE_EXTRA.test(text) && !/^\[Received/i.test(text)) {
      header.sourceExtra.push(text);
      take(i++, 'sourceExtra');
      continue;
    }

    const received = RECEIVED.exec(text);
    if (received) {
      if (header.received === null) header.received = received[1].trim().replace(/(?<![ap]\.\s?m)\.$/, '');
      take(i++, 'received');
      continue;
    }

    if (!header.dateline) {
      const wrapped = joinWrappedHour(lines, i, end, skip);
      // Older despatches print their number before the dateline: `No. 617.] Legation of the United States, Peking, May 3, 1901.`
      const numbered = /^No\.?\s*(\d+[A-Za-z]?)\.?\]\s+(.+)$/.exec(wrapped.text);
      const dateline = parseDateline(numbered ? numbered[2] : wrapped.text);
      if (numbered && dateline && !header.number) header.number = numbered[1];
      // `Resolution of the Exports Administrative Board, August 30, 1917` is a title that ends in a date.
      const title = !sawHeading && isHeading(wrapped.text) && !isPlainDateline(wrapped.text);
      if (dateline && !title && (sawHeading || header.source || header.classification || header.number || i < 3)) {
        header.dateline = dateline;
        const inlineReceived = INLINE_RECEIVED.exec(wrapped.text);
        if (inlineReceived && header.received === null) header.received = inlineReceived[1].trim().replace(/(?<![ap]\.\s?m)\.$/, '');
        for (const index of wrapped.lines) take(index, 'date');
        i = wrapped.lines.at(-1)! + 1;
        // A place named on the line after a bare date (`June 10, 1944` / `The Kremlin`).
        if (!dateline.place) {
          const next = nextLine(lines, i, end, skip);
          if (next >= 0 && isPlaceLine(stripMarkers(lines[next].text).trim())) {
            header.dateline = { ...dateline, place: stripMarkers(lines[next].text).trim() };
            take(next, 'place');
            i = next + 1;
          }
        }
        continue;
      }
    }

    // A place with no date, then the day it came (`Washington` / `[Received April 21, 1917.]`).
    if (!header.dateline && sawHeading && isPlaceLine(text)) {
      const next = nextLine(lines, i + 1, end, skip);
      if (next >= 0 && RECEIVED.test(stripMarkers(lines[next].text).trim())) {
        header.dateline = { place: text, date: null, dateText: '' };
        take(i++, 'place');
        continue;
      }
    }

    // `No. 456`, and older volumes' `No. 549]`: the sender's serial number of a despatch or telegram.
    const number = /^No\.?\s*(\d+[A-Za-z]?)\.?\]?$/.exec(text);
    if (number && !header.number) {
      header.number = number[1];
      take(i++, 'number');
      continue;
    }

    if (!sawHeading && (header.source ? !isProse(text) || HEADING_START.test(text) : isHeading(text))) {
      header.title = text;
      const parties = parseHeadingParties(text);
      header.from = parties.from;
      header.to = parties.to;
      header.britishTelegram = /^FROM\s.+\sTO\s/.test(text);
      sawHeading = true;
      take(i++, 'title');
      continue;
    }

    // `Present:` opens the list (`Present critical situation here …` is a sentence).
    const present = /^(?:Present|Participants):\s*(.*)$/i.exec(text);
    if (present && (sawHeading || header.dateline)) {
      i = readParticipants(lines, i, end, skip, present[1], header, take);
      continue;
    }

    const subject = /^Subject:\s*(.*)$/i.exec(text);
    if (subject && (sawHeading || header.dateline)) {
      header.subject = subject[1].trim().replace(/\.$/, '');
      take(i++, 'subject');
      continue;
    }
    break;
  }
  header.bodyStart = i;
  const stop = i < end ? stripMarkers(lines[i].text).trim() : '';
  if (!header.dateline && stop && wordCount(stop) <= 10 && DATE_LIKE.test(stop)) {
    warnings.push({ line: lines[i].no, message: `looks like a dateline but could not be read: "${stop}"` });
  }
  if (!sawHeading) warnings.push({ line: lines[Math.min(i, lines.length - 1)]?.no ?? 0, message: 'no heading found (expected e.g. "The Ambassador in … (Name) to the Secretary of State")' });
  return header;
}

/**
 * The source note opens a FRUS document: a file number (`793.94/11763: Telegram`),
 * a published series, or any short line standing right above the heading.
 */
function isSourceNote(text: string, lines: readonly SourceLine[], i: number, end: number, skip: ReadonlySet<number>): boolean {
  if (sourceNoteFileNumber(text) || PUBLISHED_SOURCE.test(text)) return true;
  if (HEADING_START.test(text) || isProse(text) || parseDateline(text) || wordCount(text) > 12) return false;
  const next = nextLine(lines, i + 1, end, skip);
  if (next < 0) return false;
  const following = stripMarkers(lines[next].text).trim();
  // `War Trade Board Files` above `Resolution of the Exports Administrative Board, …`.
  return /^The\s.+\sto\s|^Memorandum\b/.test(following) || (wordCount(text) <= 6 && isHeading(following) && !isPlainDateline(following));
}

/** A dateline and nothing else: a place of a few words, then the date (`Washington, June 1, 1917`). */
function isPlainDateline(text: string): boolean {
  const dateline = parseDateline(text);
  return dateline !== null && wordCount(dateline.place ?? '') <= 3;
}

/** `Moscow, December 21, 1937—2` + `p.m.`: a clipper broke the hour from its a.m./p.m. */
function joinWrappedHour(lines: readonly SourceLine[], i: number, end: number, skip: ReadonlySet<number>): { text: string; lines: number[] } {
  const first = stripMarkers(lines[i].text).trim();
  const next = nextLine(lines, i + 1, end, skip);
  if (next === i + 1 && /[—–,]\s*\d{1,2}(?:[:.]\d{2})?$/.test(first)) {
    const second = stripMarkers(lines[next].text).trim();
    if (/^(?:[ap]\.\s?m\.|noon|midnight)/i.test(second)) return { text: `${first} ${second}`, lines: [i, next] };
  }
  return { text: first, lines: [i] };
}

function nextLine(lines: readonly SourceLine[], from: number, end: number, skip: ReadonlySet<number>): number {
  for (let i = from; i < end; i += 1) if (!skip.has(i) && lines[i].text.trim()) return i;
  return -1;
}

/** `The Kremlin`, `Moscow`: a few capitalised words, no sentence punctuation, no digits. */
function isPlaceLine(text: string): boolean {
  if (/^(Present|Subject)\b/i.test(text) || /[:;!?[\]]/.test(text)) return false;
  if (HEADING_START.test(text)) return false;
  // A longer place is an office and its city: `Legation of the United States, Peking`.
  return (wordCount(text) <= 4 && /^\p{Lu}/u.test(text) && !/[\d.]/.test(text)) || (wordCount(text) <= 8 && text.includes(',') && isPlaceName(text));
}

/**
 * A heading: the usual openings (`The … to …`, `Memorandum by …`, `FROM … TO …`)
 * or a title whose main words are capitalised (`Resolution of the Exports
 * Administrative Board, …`, `Minutes of …`, a treaty's title); long only when it
 * does not end like a sentence (a memorandum's heading may run to several lines).
 */
function isHeading(text: string): boolean {
  if (!HEADING_START.test(text) && !isTitleLike(text)) return false;
  // A heading may end in the hour of a meeting (`…, on Sunday, January 12, 1919, at 4 p.m.`): no sentence's stop.
  const bare = text.replace(/\b([ap])\.\s?m\.$/, '$1m');
  return !isProse(bare) || (wordCount(bare) <= 90 && !/[.!?]["”’]?$/.test(bare));
}

/** Most words of four letters or more capitalised, no closing full stop: a title, not a sentence. */
function isTitleLike(text: string): boolean {
  // A title may end in an hour (`…, January 12, 1919, at 2:30 p.m.`), never in a sentence's stop.
  if (!/^\p{Lu}/u.test(text) || /^\d/.test(text) || (/[.!?:;]["”’]?$/.test(text) && !/\b[ap]\.\s?m\.$/.test(text))) return false;
  const long = text.split(/\s+/).filter((word) => /^[\p{L}“"‘']{4,}/u.test(word));
  if (long.length < 2) return false;
  return long.filter((word) => /^[“"‘']?\p{Lu}/u.test(word)).length / long.length >= 0.6;
}

/** A line of running prose: many words, ending like a sentence. */
function isProse(text: string): boolean {
  return wordCount(text) > 30 || (/\p{Ll}[.!?]["”’]?$/u.test(text) && wordCount(text) > 12);
}

/**
 * "Present:" lists one participant per line, blank lines between groups, until
 * "Subject:" or prose. A line that starts in lower case, or follows a line that
 * ends in "of", "the" or "and", or that is a single word (`Embassy`), continues
 * the participant before it.
 */
function readParticipants(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  skip: ReadonlySet<number>,
  firstText: string,
  header: Header,
  take: (index: number, field: string) => void,
): number {
  const participants: string[] = [];
  const add = (text: string) => {
    const previous = participants.at(-1);
    if (previous && (/^\p{Ll}/u.test(text) || /\b(?:of|the|and|to|for|at|in)$/i.test(previous) || wordCount(text) === 1)) {
      participants[participants.length - 1] = `${previous} ${text}`;
    } else participants.push(text);
  };
  if (firstText.trim()) add(firstText.trim());
  take(start, 'participants');
  let i = start + 1;
  while (i < end) {
    if (skip.has(i) || !lines[i].text.trim()) {
      i += 1;
      continue;
    }
    const text = stripMarkers(lines[i].text).trim();
    // The list ends at `Subject:`, or at the text: prose, or a sentence closed by a full stop.
    if (/^Subject:/i.test(text) || isProse(text) || wordCount(text) > 14 || (wordCount(text) >= 5 && /\p{Ll}{2,}[.!?]["”’]?$/u.test(text))) break;
    add(text);
    take(i, 'participants');
    i += 1;
  }
  header.participants = participants;
  return i;
}

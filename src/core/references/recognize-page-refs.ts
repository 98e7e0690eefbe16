import type { CitedDate } from './reference-dates.ts';
import { readDateTime } from './reference-grammar.ts';
import { numeralValue, romanNumeral } from './volumes.ts';

/** An editors' pointer found in a note: a page of this or another volume, "supra"/"infra", or "Not printed". */
export interface RecognizedPageRef {
  start: number;
  end: number;
  kind: 'page' | 'document' | 'other-volume' | 'not-printed' | 'other';
  /** Printed page, for page and other-volume references. */
  page: string | null;
  /** The document's number in its volume, for `Document 45` (volumes numbered by document, as the later FRUS volumes are). */
  document: string | null;
  /** For another volume: `FRUS 1933 vol. IV`, or `vol. III` (same series and year as the citing volume). */
  volume: string | null;
  position: 'before' | 'after' | null;
  /** What the clause says of the document on that page: its date, number, sender, recipient, a note on the page. */
  date: CitedDate | null;
  number: string | null;
  owner: string | null;
  addressee: string | null;
  footnote: string | null;
  /** Where the clause the reference stands in begins (after `;` or a full stop). */
  clauseStart: number;
  /** Where the page number itself (`p. 174`) starts; `start` may be earlier, at the words that lead to it. */
  pointerStart: number;
}

/** What "ibid." refers back to: this edition, another volume (its label), or a publication outside the series. */
export type CitedWork = { kind: 'edition' } | { kind: 'volume'; label: string } | { kind: 'external' };

// `p. 5`, `pp. 401–406`, `pp. 32 ff.`; and `Document 45`, `Documents 45 and 46` in volumes numbered by document.
const PAGES = /(?<![A-Za-z])(?:(pp?)\.\s*(\d+)(?:\s*[–-]\s*\d+)?(?:\s*(?:ff\.?|et seq\.?))?|(Documents?)\s+(\d+)(?![\d.,]\d))/g;
const MORE_PAGES = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\d+)(?![\d.,]\d)(?:\s*[–-]\s*\d+)?(?:\s*(?:ff\.?|et seq\.?))?(?!\s*(?:footnote|n\.))/y;
const POSITION_WORD = /(?<![A-Za-z])(ante|supra|post|infra)(?![A-Za-z])/gi;
const NOT_PRINTED = /(?<![A-Za-z])not printed(?![A-Za-z])/gi;

// Sentence ends, but not the full stops of abbreviations common in notes.
const SENTENCE_END =
  /(?<!\b(?:No|Nos|p|pp|vol|vols|Vol|pt|ff|etc|cf|Cf|Mr|Mrs|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Za-z]|ibid|Ibid|id|viz|Gen|Col|Capt|Adm|Lt|Hon|Sr|Jr|seq|Esq|Messrs|par|pars|art|arts|sec|ch|ed|eds|op|loc|cit))\.\s+(?=[A-Z“"([])/g;

/**
 * Bibliographic words that say a page belongs to a publication outside the
 * series (League of Nations, Official Journal…, p. 789; Department of State,
 * Press Releases…, p. 71; Malloy, Treaties…, vol. i, p. 113).
 */
const PUBLICATION =
  /\b(?:Journal|Releases|Bulletin|Series|Treat(?:y|ies)|Papers|Memoria|Diario|Oficial|Official|Gazette|Record|Statutes|Proceedings|Reports?|League of Nations|Libro|Hearings|Congress|Yearbook|Year Book|Review|Register|Hansard|Debates|Annual|Survey|Recueil|Archives|Blue Book|White Book|Yellow Book|Blanco|Documents on|Conference on|Permanent Court|Judgments?|Digest|Manual|Times|Herald|Tribune|Cong\.|Stat\.|Doc\.)\b|\([^()]*(?:1[6-9]\d\d|20\d\d|Printing Office|Press)\)/;
const FOREIGN_RELATIONS =
  /Foreign Relations,?\s*(?:([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*),\s*)?(\d{4}(?:[–-]\d{2,4})?)?,?\s*(?:([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*),\s*)?(?:(?:[Vv]ol\.|[Vv]olume|pt\.)\s*([ivxlcdmIVXLCDM]+|\d+))?/;
const IBID = /\b(?:ibid|Ibid|id\.|Id\.)\b/;
const VOLUME = /\b(?:[Vv]ol\.|[Vv]olume)\s*([ivxlcdmIVXLCDM]+|\d+)\b[^;]*$/;

/**
 * Finds page references in a note's flattened text and decides what each
 * page belongs to, from the words of its clause:
 *
 * `Ante, p. 568.` → page 568 of this edition (before);
 * `Ante, pp. 66 and 69.` → two pages;
 * `August 18, 1 p.m., p. 174.` → page 174, the document of August 18, 1 p.m.;
 * `See footnote 32, p. 56.` → page 56, the document with note 32;
 * `Vol. iii, pp. 232 and 397, respectively.` → two pages of another volume, `vol. III`;
 * `Foreign Relations, 1933, vol. iv, p. 268.` → `FRUS 1933 vol. IV`, p. 268;
 * `League of Nations, Official Journal, July 1934, p. 789.` → nothing (another publication);
 * `See Document 45.` → document 45 of this volume (volumes numbered by document);
 * `Supra.` → the document before; `Not printed.` → a not-printed reference.
 *
 * `previous` is what the document's earlier notes last cited, for "Ibid.".
 */
export function recognizePageRefs(text: string, previous: CitedWork | null = null): { refs: RecognizedPageRef[]; cited: CitedWork | null } {
  const refs: RecognizedPageRef[] = [];
  const clauseStarts = clauseBoundaries(text);
  const sentenceStarts = clauseBoundaries(text, false);
  let cited = previous;
  let lastEnd = 0;
  PAGES.lastIndex = 0;
  for (let match = PAGES.exec(text); match; match = PAGES.exec(text)) {
    const sentenceStart = clauseOf(sentenceStarts, match.index);
    const clauseStart = Math.max(clauseOf(clauseStarts, match.index), lastEnd);
    const prefix = text.slice(clauseStart, match.index);
    // A page that says nothing of its work is of the work cited before it in the same sentence:
    // "ibid., 1932, vol. v, pp. 270 ff., pp. 350 ff."; "Diario Oficial, March 24, 1934, p. 5627; May 2, 1934, p. 8340".
    // "…, p. 7, of the Draft Report": the work may also be named just after the page.
    const after = /^[^;.]*?(?:,\s*)?of the\s+[^;]*/.exec(text.slice(PAGES.lastIndex))?.[0] ?? '';
    const work =
      (PUBLICATION.test(after.replace(/“[^”]*”?/g, '')) ? { kind: 'external' as const } : null) ??
      citedWork(prefix, cited) ??
      (lastEnd > sentenceStart && cited ? cited : { kind: 'edition' as const });
    const byDocument = match[3] !== undefined;
    const pages = [{ page: match[2] ?? match[4], start: match.index, end: PAGES.lastIndex }];
    if (match[1] === 'pp' || match[3] === 'Documents') {
      for (let more = readSticky(MORE_PAGES, text, PAGES.lastIndex); more; more = readSticky(MORE_PAGES, text, MORE_PAGES.lastIndex)) {
        pages.push({ page: more[1], start: more.index + more[0].indexOf(more[1]), end: MORE_PAGES.lastIndex });
        PAGES.lastIndex = MORE_PAGES.lastIndex;
      }
    }
    lastEnd = PAGES.lastIndex;
    cited = work;
    if (work.kind === 'external') continue;
    // "Document 45" of this volume only where nothing else is named before it ("Senate Document 123" is another publication).
    if (byDocument && work.kind === 'edition' && !/^[\s,]*(?:(?:[Ss]ee|[Cc]f\.|[Pp]rinted|as|also|and|in|ante|post|supra|infra),?\s*)*$/.test(prefix)) continue;
    const description = describe(prefix);
    const positionWord = lastPosition(prefix) ?? positionAfter(text, lastEnd);
    // The reference's words begin with the pointer that introduces it: `Ante, p. 5`, `Vol. iii, pp. 232`, `August 18, 1 p.m., p. 174`.
    const lead = leadStart(prefix, description.dateStart);
    const items = itemsOf(prefix, description, pages.length);
    pages.forEach((item, index) => {
      refs.push({
        start: index === 0 ? clauseStart + lead : item.start,
        end: item.end,
        kind: work.kind === 'volume' ? 'other-volume' : byDocument ? 'document' : 'page',
        page: byDocument ? null : item.page,
        document: byDocument ? item.page : null,
        volume: work.kind === 'volume' ? work.label : null,
        position: positionWord,
        date: items?.dates[index] ?? description.date,
        number: items?.numbers[index] ?? description.number,
        owner: description.owner,
        addressee: description.addressee,
        footnote: description.footnote,
        clauseStart,
        pointerStart: item.start,
      });
    });
  }
  refs.push(...standalonePointers(text, refs, clauseStarts));
  return { refs: refs.sort((a, b) => a.start - b.start), cited };
}

/** Decides what the words before a page number cite: another publication, another volume, this edition; null when they do not say. */
function citedWork(prefix: string, previous: CitedWork | null): CitedWork | null {
  const foreignRelations = FOREIGN_RELATIONS.exec(prefix);
  if (foreignRelations && (foreignRelations[2] || foreignRelations[4])) {
    return { kind: 'volume', label: frusLabel(foreignRelations[2] ?? null, foreignRelations[1] ?? foreignRelations[3] ?? null, foreignRelations[4] ?? null) };
  }
  if (IBID.test(prefix)) {
    const after = prefix.slice(prefix.search(IBID));
    const year = /\b(1[6-9]\d\d|20\d\d)\b/.exec(after);
    const volume = VOLUME.exec(after);
    if (previous?.kind === 'external' || (!previous && !year)) return { kind: 'external' };
    // "ibid., 1933, vol. iv, p. 412": the series cited before, another year.
    if (year) return { kind: 'volume', label: frusLabel(year[1], null, volume?.[1] ?? null) };
    if (volume) return { kind: 'volume', label: frusLabel(null, null, volume[1], previous?.kind === 'volume' ? previous.label : undefined) };
    return previous;
  }
  // Titles in quotation marks ("section entitled “…”") are this edition's own headings, not publications.
  const unquoted = prefix.replace(/“[^”]*”?|"[^"]*"/g, '');
  if (PUBLICATION.test(unquoted)) return { kind: 'external' };
  const volume = VOLUME.exec(unquoted);
  if (volume) return { kind: 'volume', label: frusLabel(null, null, volume[1]) };
  if (/\b(?:ante|post|supra|infra|see|printed)\b/i.test(unquoted) || unquoted.trim() === '') return { kind: 'edition' };
  return null;
}

/** `FRUS 1933 vol. IV`, or `vol. III` when year and series are those of the citing volume. */
function frusLabel(year: string | null, series: string | null, volume: string | null, base?: string): string {
  const number = volume ? numeralValue(volume) : null;
  const volumePart = number !== null ? `vol. ${romanNumeral(number)}` : null;
  if (!year && !series) {
    if (base && !volumePart) return base;
    if (base) return `${base.replace(/\s+vol\.\s+\S+$/, '')} ${volumePart}`;
    return volumePart ?? 'vol. ?';
  }
  return ['FRUS', year?.replace('-', '–'), series, volumePart].filter(Boolean).join(' ');
}

interface Description {
  date: CitedDate | null;
  /** Offset in the prefix where a date leading straight to the page starts (`August 18, 1 p.m., p. 174`), or -1. */
  dateStart: number;
  number: string | null;
  owner: string | null;
  addressee: string | null;
  footnote: string | null;
}

const MONTH_START = /(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)/g;
const PARTY = "((?:[A-Z][A-Za-z\\u00C0-\\u017F’'.-]*)(?:(?:\\s+|,\\s*temporarily\\s+)(?:(?:in|at|of|to|for|the|and)\\s+)*[A-Z][A-Za-z\\u00C0-\\u017F’'.-]*)*)";
const FROM = new RegExp(`\\bfrom\\s+(?:the\\s+)?${PARTY}`);
const TO = new RegExp(`(?:^|\\b)[Tt]o\\s+(?:the\\s+)?${PARTY}`);

/** Reads what a clause says about the document it points to: last date (and time) but a date of receipt, number, sender, recipient, note. */
function describe(printed: string): Description {
  // Quoted titles ("section entitled “… To Secure …”") say nothing about dates or parties.
  const prefix = printed.replace(/“[^”]*”?/g, (quoted) => ' '.repeat(quoted.length));
  let date: CitedDate | null = null;
  let dateStart = -1;
  MONTH_START.lastIndex = 0;
  for (let month = MONTH_START.exec(prefix); month; month = MONTH_START.exec(prefix)) {
    const read = readDateTime(prefix, month.index);
    if (!read) continue;
    // "No. 605, Dec. 5, received Dec. 26, post, p. 1096": the day it arrived is not the document's date.
    if (!date || !/\breceived\s+(?:on\s+)?$/i.test(prefix.slice(0, month.index))) date = read.value;
    // The date leads to the page when only punctuation and "ante"/"post" stand between.
    dateStart = /^[\s,]*(?:(?:ante|post|supra|infra)[\s,]*)?$/i.test(prefix.slice(read.end)) ? month.index : -1;
  }
  const number = /\bNos?\.\s*(\d+)/.exec(prefix)?.[1] ?? null;
  const footnote = /\bfootnote\s+([^\s,]+?),?\s*(?:(?:ante|post),?\s*)?$/i.exec(prefix)?.[1] ?? null;
  return {
    date,
    dateStart,
    number,
    owner: party(FROM.exec(prefix)),
    addressee: party(TO.exec(prefix)),
    footnote,
  };
}

const NUMBER_LIST = /\bNos\.\s*(\d+(?:(?:,\s*|,?\s+and\s+)\d+)+)/;
const DAY_LIST = new RegExp(`${MONTH_START.source}\\s+(\\d{1,2})((?:(?:,\\s*|,?\\s+and\\s+)\\d{1,2}(?!\\d))+)(?:,\\s*(1[6-9]\\d\\d))?`);

/**
 * The numbers and days of a list that pairs one to one with its pages: "Nos.
 * 7586 and 7792, Nov. 2 and 23, 1917, ante, pp. 982 and 987, respectively" —
 * the second page is of No. 7792, November 23, 1917. Null where the clause
 * gives one number and one day for all, or lists as many as there are not.
 */
function itemsOf(prefix: string, description: Description, count: number): { numbers: (string | null)[]; dates: (CitedDate | null)[] } | null {
  if (count < 2) return null;
  const numbers = NUMBER_LIST.exec(prefix)?.[1].match(/\d+/g) ?? [];
  const days = DAY_LIST.exec(prefix);
  const dayList = days ? [days[1], ...(days[2].match(/\d{1,2}/g) ?? [])].map(Number) : [];
  const month = description.date?.month ?? null;
  const datesFit = dayList.length === count && month !== null && description.date?.day === dayList[0];
  if (numbers.length !== count && !datesFit) return null;
  return {
    numbers: numbers.length === count ? numbers : Array.from({ length: count }, () => null),
    dates: datesFit ? dayList.map((day) => ({ ...description.date!, day, year: days![3] ? Number(days![3]) : description.date!.year, time: null })) : Array.from({ length: count }, () => null),
  };
}

/** A party named after "from"/"to", unless it is a possessive ("refers to the Secretary’s telegram"). */
function party(match: RegExpExecArray | null): string | null {
  if (!match || /['’]s$/.test(match[1])) return null;
  return match[1].replace(/[,.]+$/, '');
}

/** Where the words of the first page reference start within its clause's prefix. */
function leadStart(prefix: string, dateStart: number): number {
  if (dateStart >= 0) return dateStart;
  // "Ante, p. 5", "See ante, pp. 32 ff.", "Post, p. 257", "Vol. iii, pp. 232", "printed on p. 14", "See p. 128".
  const pointer = /(?:(?:[Ss]ee|[Cc]f\.)\s+)?(?:(?:[Aa]nte|[Pp]ost|[Ss]upra|[Ii]nfra),?\s*|(?:[Vv]ol\.|[Vv]olume)\s*[ivxlcdmIVXLCDM\d]+,?\s*)$/.exec(prefix);
  if (pointer) return pointer.index;
  return prefix.length;
}

function lastPosition(prefix: string): 'before' | 'after' | null {
  let position: 'before' | 'after' | null = null;
  POSITION_WORD.lastIndex = 0;
  for (let match = POSITION_WORD.exec(prefix); match; match = POSITION_WORD.exec(prefix)) {
    position = /^(?:ante|supra)$/i.test(match[1]) ? 'before' : 'after';
  }
  return position;
}

function positionAfter(text: string, end: number): 'before' | 'after' | null {
  const match = /^[\s,]*(ante|supra|post|infra)\b/i.exec(text.slice(end, end + 12));
  if (!match) return null;
  return /^(?:ante|supra)$/i.test(match[1]) ? 'before' : 'after';
}

/** "Supra." / "Infra." / "June 20, 11 a.m., supra." with no page, and "Not printed" anywhere. */
function standalonePointers(text: string, pageRefs: readonly RecognizedPageRef[], clauseStarts: readonly number[]): RecognizedPageRef[] {
  const out: RecognizedPageRef[] = [];
  const inside = (index: number) => pageRefs.some((ref) => index >= ref.clauseStart && index < ref.end + 12);
  POSITION_WORD.lastIndex = 0;
  for (let match = POSITION_WORD.exec(text); match; match = POSITION_WORD.exec(text)) {
    if (!/^(?:supra|infra)$/i.test(match[1]) || inside(match.index)) continue;
    const clauseStart = clauseOf(clauseStarts, match.index);
    const prefix = text.slice(clauseStart, match.index);
    // "see paragraph 6, infra" points within the document itself.
    if (/\bparagraphs?\s+\S+,?\s*$/i.test(prefix)) continue;
    const description = describe(prefix);
    const lead = description.dateStart >= 0 ? description.dateStart : /(?:[Ss]ee\s+)?$/.exec(prefix)!.index;
    out.push({
      start: clauseStart + lead,
      end: match.index + match[1].length,
      kind: 'other',
      page: null,
      document: null,
      volume: null,
      position: /^supra$/i.test(match[1]) ? 'before' : 'after',
      date: description.date,
      number: description.number,
      owner: description.owner,
      addressee: description.addressee,
      footnote: null,
      clauseStart,
      pointerStart: match.index,
    });
  }
  NOT_PRINTED.lastIndex = 0;
  for (let match = NOT_PRINTED.exec(text); match; match = NOT_PRINTED.exec(text)) {
    const clauseStart = clauseOf(clauseStarts, match.index);
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: 'not-printed',
      page: null,
      document: null,
      volume: null,
      position: null,
      date: null,
      number: null,
      owner: null,
      addressee: null,
      footnote: null,
      clauseStart,
      pointerStart: match.index,
    });
  }
  return out;
}

/** Offsets where clauses begin: the start, after each sentence's full stop, and (with `semicolons`) after each `;`. */
function clauseBoundaries(text: string, semicolons = true): number[] {
  const starts = [0];
  if (semicolons) for (let index = 0; index < text.length; index += 1) if (text[index] === ';') starts.push(index + 1);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) starts.push(match.index + match[0].length);
  return starts.sort((a, b) => a - b);
}

function clauseOf(starts: readonly number[], index: number): number {
  let start = 0;
  for (const candidate of starts) if (candidate <= index) start = candidate;
  return start;
}

function readSticky(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

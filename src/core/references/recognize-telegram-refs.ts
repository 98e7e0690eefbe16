import type { ReferenceKind } from '../schemas/reference.ts';
import type { CitedDate } from './reference-dates.ts';
import { readDateTime, readNumber, readPattern, skipSpace } from './reference-grammar.ts';
import { allowsBareNumber, normalizeOwner } from './reference-owners.ts';

/** A reference to another document by owner, number and date, read in flattened text. */
export interface RecognizedDocumentRef {
  /** Offsets in the flattened text: the first item starts at its owner or document word. */
  start: number;
  end: number;
  kind: ReferenceKind;
  /** Normalized owner (`my`, `your`, `Department's`, `Tokyo's`, `Ambassador in Argentina` for "from the Ambassador in Argentina"). */
  owner: string | null;
  /** Who the cited document went to, when printed (`telegram No. 1337 to the Ambassador in Great Britain`). */
  addressee: string | null;
  number: string | null;
  date: CitedDate | null;
  paragraph: string | null;
  /** `ante`/`supra` (before) or `post`/`infra` (after) printed with it. */
  position: 'before' | 'after' | null;
  /** End of the whole list the item belongs to: a note marker there comments on every item. */
  listEnd: number;
}

const LETTER = 'A-Za-z\\u00C0-\\u017F';
// `my`, `your`, `our` (`Your Excellency's` is `your`), or a possessive of up to three capitalized words:
// `Department's`, `the Consulate General’s`, `Tokyo's`, `Ambassador Page's`.
const OWNER = new RegExp(
  `(?<![${LETTER}'’])(?:([Mm]y|[Oo]ur|[Yy]our)(?:\\s+(?:Excellency|Majesty|Highness|Lordship)['’]s)?(?![${LETTER}'’])|((?:[Tt]he\\s+)?(?:[A-Z][${LETTER}-]*\\s+){0,2}[A-Z][${LETTER}.-]*['’]s)(?![${LETTER}]))`,
  'y',
);
// Words that open a sentence or clause, not part of an owner's name ("In Tokyo's …").
const NOT_NAME = /^(?:In|At|On|To|From|For|By|With|And|But|As|Of|If|When|Since|Under|After|Before|See|Cf\.|Re|Referring|Reference|Regarding|Following|Confirming|Repeating|Supplementing)\s+/;

const ADJECTIVES =
  '(?:(?:circular|telegraphic|unnumbered|confidential|strictly confidential|secret|personal|private|urgent|priority|triple priority|air ?mail|mail|cipher|code|confirmatory|separate|brief)\\s+)*';
const DOC_WORD = new RegExp(
  `${ADJECTIVES}(telegrams?|cables?|cablegrams?|radiograms?|wires?|despatch(?:es)?|dispatch(?:es)?|instructions?|notes?|letters?|favou?rs?|communications?|memorand(?:um|a)|aide-m[ée]moires?|circulars?|reports?|messages?|unnumbered)(?![${LETTER}])`,
  'iy',
);
// Anchors where a reference may start: an owner, or a document word (either case of its first letter).
const ANCHOR_WORDS = [
  'circular',
  'telegraphic',
  'unnumbered',
  'confidential',
  'strictly',
  'secret',
  'personal',
  'private',
  'urgent',
  'priority',
  'triple',
  'air',
  'airmail',
  'mail',
  'telegram',
  'cable',
  'cablegram',
  'radiogram',
  'wire',
  'despatch',
  'dispatch',
  'instruction',
  'note',
  'letter',
  'favor',
  'favour',
  'communication',
  'memorand',
  'aide-m',
  'report',
  'message',
]
  .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
// The cable abbreviations of later files: `Deptel 456` (the Department's telegram), `urtel` (your),
// `Embtel`, `Legtel`, `Contel`, `mytel`/`ourtel`, `Depcirtel` (circular); `-desp` for despatches; `Re` (regarding) before any.
const anyCase = (word: string) => [...word].map((letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`).join('');
const ABBREVIATION = new RegExp(
  `(?:${anyCase('re')})?(${['dep', 'emb', 'leg', 'con', 'ur', 'my', 'our'].map(anyCase).join('|')})(${anyCase('cir')})?(${anyCase('tel')}|${anyCase('desp')})${anyCase('s')}?(?![A-Za-z])`,
  'y',
);
// Document words and abbreviations start at a word boundary (`\b`, which the regular-expression
// engine finds far faster than a look-behind at every position).
const ANCHOR = new RegExp(`${OWNER.source}|\\b(?:${ANCHOR_WORDS}|${ABBREVIATION.source})`, 'g');
// Document words after which a bare figure is a serial number (`telegram 1577`, `despatch 105`).
const SERIAL_WORDS = /^(?:telegrams?|cables?|cablegrams?|radiograms?|despatch(?:es)?|dispatch(?:es)?|instructions?|circulars?|unnumbered)$/;

const TO_YOU = /\s*(?:to|from)\s+(?:you|the Department|this office|me)\b\s*/y;
const NUMBER_WORD = /(?:Nos?\.|nos?\.|Numbers?|numbers?|#)\s*/y;
const DATE_LEAD = /(?:,\s*|\s+|\s*[—–-]\s*)(?:(?:of|dated|sent|on)\s+)?(?:the\s+)?/y;
const DATE_ONLY_LEAD = /(?:(?:of|dated|sent|on)\s+)?(?:the\s+)?/y;
const SEPARATOR = /(?:\s*,\s*(?:and|or)?\s*|\s+(?:and|or)\s+|\s*;\s*(?:and\s+)?)/y;
const PARAGRAPH = /,?\s*(?:paragraphs?|pars?\.)\s+(\d+(?:\s*\(?[a-zA-Z]\))?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:\s*\(?[a-zA-Z]\))?)*)/y;
const PARTY = `((?:[A-Z][${LETTER}’'.-]*)(?:(?:\\s+|,\\s*temporarily\\s+)(?:(?:in|at|of|to|for|the|and)\\s+)*[A-Z][${LETTER}’'.-]*)*)`;
const ADDRESSEE = new RegExp(`,?\\s+to\\s+(?:the\\s+)?${PARTY}`, 'y');
const SENDER = new RegExp(`,?\\s+from\\s+(?:the\\s+)?${PARTY}`, 'y');
const POSITION = /,?\s*(?:(ante|supra|above)|(post|infra|below))(?![A-Za-z])/y;
// Words that say a bare figure after "my"/"your" counts something, not a telegram ("my 13 months").
const UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|men|persons|people|per|percent|cents?|dollars|pounds|tons|miles|kilometers|copies|pages|sheets|rubles|roubles|pesos|francs|marks|yen|points|items|articles|questions|times|o'clock|million|millions|thousand|hundred|members|officers|cars|ships|votes)$/i;

/**
 * Finds references to documents by owner, serial number and date — the
 * telegrams, despatches, notes and letters diplomats cite — in flattened text.
 * Lists give one reference per item, each with the owner of the list:
 *
 * `my 1307, October 8, 5 p.m., and 1373, October 20, 7 p.m.` → two telegrams of `my`;
 * `Your telegrams Nos. 495, 494, and 495` → three;
 * `the Department's telegrams to you of February 2, 3 p.m., February 14, 4 p.m.` → two, by date;
 * `your despatch No. 2326 of November 23, 1935` → a despatch; `Consulate's 89, paragraph 4` → telegram 89, paragraph 4;
 * `telegram No. 137, August 23, 6 p.m., from the Ambassador in Argentina` → owner `Ambassador in Argentina`;
 * `Reurtel 1234, May 5` → your telegram 1234; `Deptel 456` → the Department's.
 */
export function recognizeTelegramRefs(text: string): RecognizedDocumentRef[] {
  const found: RecognizedDocumentRef[] = [];
  let consumed = 0;
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    if (anchor[0].length === 0) {
      ANCHOR.lastIndex += 1;
      continue;
    }
    if (anchor.index < consumed) continue;
    const refs = readReferenceAt(text, anchor.index);
    if (refs.length > 0) {
      found.push(...refs);
      consumed = refs[refs.length - 1].listEnd;
      ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, consumed);
    }
  }
  return found;
}

interface Item {
  start: number;
  end: number;
  number: string | null;
  date: CitedDate | null;
  paragraph: string | null;
  addressee: string | null;
  sender: string | null;
  position: 'before' | 'after' | null;
}

/** Reads owner, document word and the list of items at `start`; empty when there is no reference there. */
function readReferenceAt(text: string, start: number): RecognizedDocumentRef[] {
  let position = start;
  let owner: string | null = null;
  let ownerStart = start;
  const ownerMatch = readPattern(OWNER, text, position);
  if (ownerMatch) {
    let phrase = ownerMatch[1] ?? ownerMatch[2];
    // Trim sentence-opening words caught by the capitalized-words pattern.
    for (let trimmed = phrase.replace(NOT_NAME, ''); trimmed !== phrase; trimmed = phrase.replace(NOT_NAME, '')) {
      ownerStart += phrase.length - trimmed.length;
      phrase = trimmed;
    }
    owner = normalizeOwner(phrase);
    position = skipSpace(text, OWNER.lastIndex);
  }
  let kind: ReferenceKind = 'telegram';
  let docWord: string | null = null;
  const abbreviation = ownerMatch ? null : readPattern(ABBREVIATION, text, position);
  const docMatch = abbreviation ? null : readPattern(DOC_WORD, text, position);
  if (abbreviation) {
    owner = ABBREVIATED_OWNERS[abbreviation[1].toLowerCase()];
    docWord = abbreviation[3].toLowerCase() === 'tel' ? 'telegram' : 'despatch';
    kind = docWord === 'telegram' ? 'telegram' : 'despatch';
    position = ABBREVIATION.lastIndex;
  } else if (docMatch) {
    docWord = docMatch[1].toLowerCase();
    kind = kindOfWord(docMatch[0].toLowerCase());
    position = DOC_WORD.lastIndex;
    const toYou = readPattern(TO_YOU, text, position);
    if (toYou) position = TO_YOU.lastIndex;
  }
  if (!owner && !docWord) return [];
  position = skipSpace(text, position);

  const items: Item[] = [];
  let numbered: boolean | null = null;
  for (;;) {
    const item = readItem(text, position, { owner, docWord, numbered, first: items.length === 0 });
    if (!item) break;
    items.push(item);
    numbered ??= item.number !== null;
    const separator = readPattern(SEPARATOR, text, item.end);
    if (!separator) break;
    position = skipSpace(text, SEPARATOR.lastIndex);
  }
  if (items.length === 0) return [];
  const listEnd = items[items.length - 1].end;
  return items.map((item, index) => ({
    start: index === 0 ? ownerStart : item.start,
    end: item.end,
    kind,
    owner: owner ?? item.sender,
    addressee: item.addressee ?? items.find((other) => other.addressee)?.addressee ?? null,
    number: item.number,
    date: item.date,
    paragraph: item.paragraph,
    position: item.position ?? items[items.length - 1].position,
    listEnd,
  }));
}

interface ItemContext {
  owner: string | null;
  docWord: string | null;
  /** Whether the list's first item had a number (later items follow suit); null for the first. */
  numbered: boolean | null;
  first: boolean;
}

/** Reads one item of a list: `No. 1307, October 8, 5 p.m.`, `1373`, `unnumbered March 29, 9 p.m.`, `of February 2, 3 p.m.`. */
function readItem(text: string, start: number, context: ItemContext): Item | null {
  let position = start;
  const numberWord = readPattern(NUMBER_WORD, text, position);
  if (numberWord) position = NUMBER_WORD.lastIndex;
  const number = context.numbered === false ? null : readNumber(text, position);
  let date: CitedDate | null = null;
  let end: number;
  if (number) {
    end = number.end;
    const lead = readPattern(DATE_LEAD, text, end);
    if (lead) {
      const led = lead[0];
      // A bare day ("of the 12th instant") only when "of" or "dated" says it is a date.
      const dated = readDateTime(text, DATE_LEAD.lastIndex, /of|dated|the/.test(led));
      if (dated) {
        date = dated.value;
        end = dated.end;
      }
    }
    if (!numberWord && !date) {
      // A bare figure is a serial number only after a party ("your 1359") or a serial document word ("telegram 1577").
      const serialWord = context.docWord !== null && SERIAL_WORDS.test(context.docWord);
      const partyOwner = context.owner !== null && allowsBareNumber(context.owner);
      if (!(context.first ? serialWord || partyOwner : true)) return null;
      if (!bareNumberIsReference(text, number.end, number.value.number)) return null;
    }
  } else {
    if (numberWord || context.numbered === true) return null;
    const lead = readPattern(DATE_ONLY_LEAD, text, position);
    const dated = readDateTime(text, lead ? DATE_ONLY_LEAD.lastIndex : position, context.docWord !== null);
    if (!dated) return null;
    // "your January 28, 5 p.m." is a telegram; "your January 28" alone may be anything.
    if (!context.docWord && dated.value.time === null) return null;
    date = dated.value;
    end = dated.end;
  }
  let paragraph: string | null = null;
  let addressee: string | null = null;
  let sender: string | null = null;
  let position2: 'before' | 'after' | null = null;
  // Trailing parts in any order: paragraph, "to …", "from …", "ante"/"infra".
  for (let progress = true; progress; ) {
    progress = false;
    const paragraphMatch = readPattern(PARAGRAPH, text, end);
    if (paragraphMatch && paragraph === null) {
      paragraph = paragraphMatch[1].replace(/\s+/g, ' ');
      end = PARAGRAPH.lastIndex;
      progress = true;
    }
    const to = readPattern(ADDRESSEE, text, end);
    if (to && addressee === null) {
      addressee = to[1];
      end = ADDRESSEE.lastIndex;
      progress = true;
    }
    const from = readPattern(SENDER, text, end);
    if (from && sender === null && !context.owner) {
      sender = from[1];
      end = SENDER.lastIndex;
      progress = true;
    }
    const where = readPattern(POSITION, text, end);
    if (where && position2 === null) {
      position2 = where[1] ? 'before' : 'after';
      end = POSITION.lastIndex;
      progress = true;
    }
  }
  return {
    start,
    end,
    number: number?.value.number ?? null,
    date,
    paragraph,
    addressee,
    sender,
    position: position2,
  };
}

/**
 * Whether a bare figure after an owner (`Your 1359.`, `my 1543 for $50,000,000`,
 * `and 1373`) is a serial number rather than a count (`my 13 months`) or a
 * year (`your 1917 programme`).
 */
function bareNumberIsReference(text: string, end: number, number: string): boolean {
  const next = /^\s*([A-Za-z']+)/.exec(text.slice(end, end + 30));
  if (!next) return !/^\s*[%$£]/.test(text.slice(end, end + 3));
  if (UNITS.test(next[1])) return false;
  const value = Number(number);
  if (
    value >= 1800 &&
    value <= 1999 &&
    /^[a-z]/.test(next[1]) &&
    !/^(?:and|or|of|to|from|re|in|on|which|was|is|has|had|says|said|states|stating|reporting|received|repeated|sent|for|with|via|through|regarding|concerning|about)$/.test(next[1])
  ) {
    return false;
  }
  return true;
}

const ABBREVIATED_OWNERS: Record<string, string> = { dep: "Department's", emb: "Embassy's", leg: "Legation's", con: "Consulate's", ur: 'your', my: 'my', our: 'my' };

/** The kind of document a word names: `cable` → telegram, `instruction` → despatch, `aide-mémoire` → note. */
function kindOfWord(phrase: string): ReferenceKind {
  if (/telegraphic/.test(phrase)) return 'telegram';
  if (/telegram|cable|radiogram|wire|unnumbered/.test(phrase)) return 'telegram';
  if (/despatch|dispatch|instruction/.test(phrase)) return 'despatch';
  if (/note|aide/.test(phrase)) return 'note';
  if (/letter|favou?r/.test(phrase)) return 'letter';
  if (/circular/.test(phrase)) return 'telegram';
  return 'other';
}

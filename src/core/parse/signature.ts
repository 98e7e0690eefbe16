import { parseDateline } from './dateline.ts';
import { MARKER_PATTERN, stripMarkers } from './inline.ts';
import type { SourceLine } from './source-lines.ts';

// Name particles that stay lower-case inside a signature (`Henri de Bayle`).
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'des', 'du', 'la', 'le', 'van', 'von', 'v.', 'y', 'e', 'dos', 'das', "d'", 'ten', 'ter']);
// Small words an office may hold: `Chief of the Bureau of Foreign and Domestic Commerce`.
const OFFICE_PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'to', 'on', 'ad', 'interim', 'a.i.', 'de', 'du', 'des', 'la', 'le']);
// `Counselor of Embassy`, `Chargé d'Affaires ad interim`: the signer's office.
const OFFICE_WORD =
  /^(?:Ambassador|Minister|Secretary|Counselor|Counsellor|Consul|Chargé|Charge|Attaché|Delegate|President|Chairman|Director|Commissioner|Adviser|Agent|Governor|General|Chief|Undersecretary|Under|Assistant|Acting|Second|Third|First|Solicitor|Special|Representative|Vice|Deputy|Commander|Admiral|Colonel|Major|Captain|Lieutenant|Head|Member|Members|Clerk|Envoy|Premier|Prime)$/;

/** A name and, run on after it, the signer's office: `Alvey A. Adee Second Assistant Secretary`. */
function splitNameAndOffice(words: readonly string[]): { name: string[]; office: string[] } {
  const at = words.findIndex((word, index) => index > 0 && OFFICE_WORD.test(word.replace(/,$/, '')));
  return at < 0 ? { name: [...words], office: [] } : { name: words.slice(0, at), office: words.slice(at) };
}

/**
 * True for a line that reads as a signature: a few capitalised words with no
 * sentence punctuation — `Steinhardt`, `Cordell Hull`, `B. Bakhmeteff`,
 * `C[ordell] H[ull]`, `Henri de Bayle`, `Louis G. Dreyfus, Jr.`, `[Eustace Percy]` —
 * possibly with the office run on after the name (`Vance C. McCormick Chairman,
 * War Trade Board`). Closings like `Sincerely yours,` and sentences like
 * `Repeated to Habana.` are not.
 */
export function isSignatureLine(raw: string, afterClosing = false): boolean {
  // Called on every line of the text: most are prose, and too long or too full of figures to be a name.
  if (raw.length > 140 || /\d/.test(raw.replace(MARKER_PATTERN, ''))) return false;
  let text = stripMarkers(raw)
    .trim()
    .replace(/,\s*(?:Jr|Sr)\.$/, '');
  // Older volumes print signatures in capitals, closed by a stop or a comma: `A. A. SARGENT.`, `MELANCTON SMITH,`.
  if (/\p{Lu}{2,}[.,]$/u.test(text) && text.split(/\s+/).every((word) => PARTICLES.has(word) || word === word.toUpperCase())) text = text.slice(0, -1);
  if (!text || text.length > 110 || /\d/.test(text)) return false;
  // Right after a complimentary close, a name may end in a comma before the office below it: `Alvey A. Adee,`.
  if (afterClosing && /\p{L}{2},$/u.test(text)) text = text.slice(0, -1);
  if (/[:;!?]$|,$/.test(text)) return false;
  const words = text.split(/\s+/);
  // `Second Secretary of Embassy` is the office alone, printed under the name.
  if (OFFICE_WORD.test(words[0].replace(/[[\],]/g, ''))) return false;
  const { name, office } = splitNameAndOffice(words);
  // Up to two persons signing together: `H. L. F. Lagercrantz A. R. Nordvall`.
  if (name.length === 0 || name.length > 8 || office.length > 12) return false;
  // A name closed by a stop (`William F. Draper.`) is a signature only right after a complimentary close.
  if (text.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(text) && words.length > 2 && office.length === 0) {
    if (!afterClosing) return false;
    text = text.slice(0, -1);
  }
  // A name the editor supplied whole (`[Des Portes]`) has two words at least; `[Subenclosure]` is his note.
  if (/^\[[^\]]*\]$/.test(text) && (name.length < 2 || /--|—|\b(?:Enclosure|Subenclosure|Translation|Telegram|Paraphrase|Extract)/i.test(text))) return false;
  const nameOk = name.every((word) => {
    const bare = word.replace(/[[\]]/g, '').replace(/,$/, '');
    if (PARTICLES.has(bare)) return true;
    return /^\p{Lu}/u.test(bare) && !/[!?]/.test(bare);
  });
  if (!nameOk) return false;
  // A signature's name has no sentence in it: `Repeated to Habana` is two capitalised words, but `to` is no particle.
  return office.every((word) => {
    const bare = word.replace(/[[\],“”"()]/g, '');
    return OFFICE_PARTICLES.has(bare) || /^\p{Lu}/u.test(bare);
  });
}

// `For the Secretary of State:`, `For the Republic of Greece:`, `Por la República de Colombia:`, `Approved:`.
const SIGNING_FOR = /^(?:(?:For|Por|Pour|Für)\s.{1,80}|Approved|Signed|Attest|Witness(?:es)?):$/u;
// `By the President, Frank L. Polk Acting Secretary of State.`: a countersignature under the signature.
const COUNTERSIGNED = /^By (?:the|order of|direction of)\b/i;
// `[seal]`, `seal`, `, ad referendum, 11 de mayo de 1935. [seal]`: what a signed instrument carries beside the names.
const SEAL = /^(?:\[?(?:L\.\s?)?S(?:eal|EAL)\.?\]?|seal|,?\s*ad referendum\b.*)$/i;
// The addressee that older despatches print below the signature: `Hon. William H. Seward, Secretary of State.`
const ADDRESSEE = /^(?:(?:The\s+)?(?:Right\s+)?Hon(?:\.|orable)\s|His Excellency\b|Their Excellencies\b)|\b(?:Esq\.,?\s*)?&c\.,?\s*&c\.?/;
// Complimentary closes after which the signature follows; older volumes shorten them in the text
// (`I have, etc.,`, `I am, &c.,`) or print them whole (`…your obedient servant,`).
const CLOSING = /(?:\[etc\.?\]\.?|\b(?:etc|&c)\.,?|yours[,.]?|servant[,.]?|(?:sincerely|faithfully|truly|respectfully|cordially)[,.]?)$/i;
// The end of a sentence: what stands before a signature that closes a letter or telegram.
const SENTENCE_END = /[.!?:]["”’)\]]*$|\[etc\.?\]\.?$/;

function isOfficeLine(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.split(/\s+/);
  return OFFICE_WORD.test(words[0].replace(/,$/, '')) && words.length <= 14 && !/[;!?]$/.test(text) && (!text.endsWith('.') || /(?:^|\s)\p{Lu}\p{Ll}*\.$/u.test(text) || words.length <= 8);
}

/** An editor's note in brackets standing on its own line after the text: `[For a summary …, ante, page 916.]`. */
function isEditorialLine(text: string): boolean {
  if (!/^\[.*\]\.?$/.test(text) || SEAL.test(text)) return false;
  // The brackets balance and the first closes only at the end, or opens a run of brackets: `[Page 908] [For …]`.
  let depth = 0;
  for (const char of text) {
    if (char === '[') depth += 1;
    else if (char === ']' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A heading that opens a further paper after a signed one: `Executive Order No. 2645, June 22, 1917, …`, `Enclosure`. */
function isSectionHeading(text: string): boolean {
  if (/^\[?(?:Enclosure|Annex|Appendix|Attachment|Subenclosure|Inclosure)\b/i.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 30 || /[.;:]$/.test(text) || !/^\p{Lu}/u.test(text)) return false;
  // Titles capitalise their main words: most words of four letters or more start with a capital.
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.6;
}

/** What `findSignatures` reads at the end of a text. */
export interface Signatures {
  /** Indices of the name lines, in order. */
  names: number[];
  /** Indices of the signing-block lines around them (`For the Secretary of State:`, offices, seals, countersignatures). */
  block: number[];
  /** Index of a place-and-date line printed below the signature (`The White House, 22 June, 1917.`), if any. */
  dateline: number | null;
}

/**
 * Finds signature lines among the body lines (indices into `lines`): those at
 * the end — past what may follow a signature: `For the Secretary of State:`,
 * office lines, seals, a countersignature, a place-and-date line (older papers
 * print it below the signature) and the editor's bracketed notes — and those
 * inside the text that close one paper before another begins: after a
 * complimentary close (a signed enclosure or covering letter), or before the
 * heading of a further, unsigned paper.
 */
export function findSignatures(lines: readonly SourceLine[], body: readonly number[]): Signatures {
  const textOf = (index: number) => stripMarkers(lines[index].text).trim();
  const names = new Set<number>();
  const block = new Set<number>();
  let dateline: number | null = null;

  // At the end: skip what may follow the names, then take the names.
  let position = body.length - 1;
  const trailing: number[] = [];
  while (position > 0) {
    const text = textOf(body[position]);
    if (!/\p{L}/u.test(text) || SIGNING_FOR.test(text) || COUNTERSIGNED.test(text) || SEAL.test(text) || ADDRESSEE.test(text) || isOfficeLine(text)) trailing.push(body[position]);
    else if (isSignatureLine(text)) break;
    else if (dateline === null && isClosingDateline(text)) {
      dateline = body[position];
      trailing.push(body[position]);
    } else if (!isEditorialLine(text)) break;
    position -= 1;
  }
  const start = position;
  while (position > 0 && start - position < 12) {
    const text = textOf(body[position]);
    if (SIGNING_FOR.test(text) || SEAL.test(text) || isOfficeLine(text)) block.add(body[position]);
    else if (isSignatureLine(text, CLOSING.test(textOf(body[position - 1])))) names.add(body[position]);
    else break;
    position -= 1;
  }
  if (names.size) {
    for (const index of trailing) if (/\p{L}/u.test(textOf(index))) block.add(index);
  } else {
    block.clear();
    dateline = null;
  }

  // Inside: a signature after a complimentary close, or between a paper and the heading of the next.
  for (let i = 1; i < body.length - 1; i += 1) {
    if (names.has(body[i]) || !isSignatureLine(textOf(body[i]), CLOSING.test(textOf(body[i - 1])))) continue;
    let first = i;
    while (first > 1 && SIGNING_FOR.test(textOf(body[first - 1]))) first -= 1;
    let last = i;
    while (last + 2 < body.length && isOfficeLine(textOf(body[last + 1]))) last += 1;
    const before = textOf(body[first - 1]);
    const after = textOf(body[last + 1]);
    const closes = CLOSING.test(before) && before.split(/\s+/).length <= 12;
    const ends = SENTENCE_END.test(before) && before.split(/\s+/).length > 3 && !isSignatureLine(after) && isSectionHeading(after);
    if (!closes && !ends) continue;
    names.add(body[i]);
    for (let j = first; j <= last; j += 1) if (j !== i) block.add(body[j]);
  }
  return { names: [...names].sort((a, b) => a - b), block: [...block].sort((a, b) => a - b), dateline };
}

/** A place and date printed below a signature: `The White House, 22 June, 1917.`, `Washington, June 11, 1917.` */
function isClosingDateline(text: string): boolean {
  return parseDateline(text.replace(CLOSING_PLACE, ''))?.date != null;
}

/** The words that may open a place-and-date line under a signed instrument. */
export const CLOSING_PLACE = /^(?:Done at|Given at|Signed at)\s+/i;

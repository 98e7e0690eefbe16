import type { SourceLine } from './source-lines.ts';

/**
 * A place where a footnote marker may stand: digits or a symbol glued to the
 * word or punctuation before them (`Chungking85`, `[Vyshinsky?].86`, `p.m.,87`,
 * `bonds*`), or the last digits of a number (`paragraph 485`, `June 191`).
 */
interface Candidate {
  line: number;
  /** Offset of the marker's first character in the line. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** The number (0 for a symbol). */
  value: number;
  /** Letter after the number (`47a`): a note inserted after the volume was numbered. */
  suffix: string;
  /** The symbol (`*`, `†`, `‡`, `§`, `‖`, `¶`) when the marker is not a number. */
  symbol: string;
  /** How unlikely this reading is: 0 glued to a word, more where it could be an ordinary number. */
  cost: number;
  /** Offset in the whole text, for ordering against page breaks. */
  position: number;
}

/**
 * Where note `note`'s marker stands: line index and the marker's span in that
 * line, or null when the marker was not found (its number is then inferred
 * from its neighbours' numbering).
 */
export interface PlacedMarker {
  note: number;
  value: string;
  at: { line: number; start: number; end: number } | null;
}

// What a marker is glued to: a letter, closing punctuation, a quote, an ellipsis.
const GLUE = String.raw`[\p{L}.,;:)\]'’"”?!*…]`;
// What follows a marker: a space, punctuation, a dash or the end of the line.
const AFTER = String.raw`(?=$|[\s.,;:)\]—–-])`;
// Digits glued to what precedes them.
const GLUED = new RegExp(String.raw`(?<=${GLUE})(\d{1,4})([a-d]?)${AFTER}`, 'gu');
// Note symbols, in the order printers use them: `*`, `†`, `‡`, `§`, `‖`, `¶`.
const GLUED_SYMBOL = new RegExp(String.raw`(?<=[\p{L}.,;:)\]'’"”?!…])(\*{1,3}|[†‡§‖ǁ¶])${AFTER}`, 'gu');
// A number with a marker glued on: `paragraph 485` = paragraph 4, note 85.
const DIGITS = /(?<![\p{L}\p{N}.,/[])(\d{2,6})(?=$|[\s.,;:)\]—–-])(?![.,]\d|\/)/gu;
const PAGE_BREAK = /\[Page [^\]]+\]/g;
const SYMBOL = /[*†‡§‖ǁ¶]/;
// What follows a clock's figures (`7.45 a.m.`) and an hour's (`11 p.m.`, `12 noon`), read at an offset.
const CLOCK_AFTER = /\s*(?:[ap]\.\s?m\.|o’clock|o'clock)/y;
const HOUR_AFTER = /\s*(?:[ap]\.\s?m\.|noon|midnight)/y;

/** Does sticky `pattern` match `text` at `offset`? */
function followedBy(pattern: RegExp, text: string, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(text);
}

const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s$/;

// Cost of a note whose marker is not found (lost in a table, or garbled).
const MISSING = 3;
// How many notes in a row may go without a marker between two found ones.
const MAX_GAP = 2;
// Cost of numbers the printed volume skipped (`12`, then `14`), per number skipped.
const SKIPPED = 1.2;
// How many paths that reached the same number the search follows at once.
const KEPT_PER_NUMBER = 6;
// The most notes one printed page holds, when numbering restarts on each page.
const PAGE_NOTES = 40;
// Volume numbering that starts again at 1 after 99 (or 999): the numbers it may restart after.
const WRAP_FROM = [95, 96, 97, 98, 99, 995, 996, 997, 998, 999];

/**
 * Locates the markers of `count` listed notes in the text lines. Web editions
 * print markers glued to the text and list the notes renumbered 1…K, so the
 * markers are found by their numbering: consecutive (`85, 86, 87` — volume-wide
 * numbering), with letter suffixes (`47a`), restarting at 1 after a page break
 * (per-page numbering) or after 99, a number printed twice or skipped, symbols
 * (`*`, `†`) among the numbers. A marker that cannot be found costs more than any
 * reading of an ordinary number, so such a note is left unplaced rather than
 * pinned on a year. Returns one entry per note, or null when none was found.
 * The search looks up each candidate's possible predecessors by number, so it
 * grows with the candidates, not with candidates × notes.
 */
export function locateMarkers(lines: readonly SourceLine[], count: number, expectedFirst?: number): PlacedMarker[] | null {
  if (count === 0) return [];
  const { candidates, pageBreaks } = findCandidates(lines);
  // Volumes before the 1910s letter their notes: read letters only where no figure is glued on as a marker would be.
  if (!candidates.some((candidate) => candidate.cost === 0 && !candidate.symbol)) {
    const lettered = locateLetteredMarkers(lines, count);
    if (lettered) return lettered;
  }
  return bestSequence(candidates, pageBreaks, count, expectedFirst);
}

// A letter glued to the stop or comma after a word: `noon.a`, `1901,b`.
const LETTER_AFTER_STOP = /(?<=[\p{L}\d]{2}[.,;:)’”"])([a-z])(?=$|[\s—–-])/gu;
// A letter glued to a word: `resolutiona`, a marker only if the word without it stands elsewhere in the text.
const LETTER_ON_WORD = /(?<![\p{L}\p{N}])(\p{L}{4,})([a-z])(?=$|[\s.,;:)\]’”"—–-])/gu;

/**
 * Places the markers of `count` lettered notes (`resolutiona`, `noon.b`), as
 * volumes before the 1910s print them, lettering from `a` again on each printed
 * page. A letter glued to a word is a marker only if the word without it stands
 * elsewhere in the text, so `idea`, `America` and `Costa` are words; and every
 * note must find its letter, in order, or none is placed this way.
 */
function locateLetteredMarkers(lines: readonly SourceLine[], count: number): PlacedMarker[] | null {
  const wordCounts = new Map<string, number>();
  for (const line of lines) for (const word of line.text.match(/\p{L}+/gu) ?? []) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  const found: { line: number; start: number; letter: string; position: number }[] = [];
  const pageBreaks: number[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const text = line.text;
    const add = (start: number, letter: string) => found.push({ line: index, start, letter, position: offset + start });
    for (const match of text.matchAll(PAGE_BREAK)) pageBreaks.push(offset + match.index!);
    for (const match of text.matchAll(LETTER_AFTER_STOP)) add(match.index!, match[1]);
    for (const match of text.matchAll(LETTER_ON_WORD)) {
      const [token, stem, letter] = match;
      // `placed` beside `place`, `notes` beside `note`: endings, not markers.
      if (letter === 's' || (stem.endsWith('e') && (letter === 'd' || letter === 'r'))) continue;
      if (wordCounts.has(stem) && wordCounts.get(token) === 1) add(match.index! + stem.length, letter);
    }
    offset += text.length + 1;
  });
  found.sort((a, b) => a.position - b.position);

  const placed: PlacedMarker[] = [];
  let expected = 'a';
  let previous = -1;
  for (const marker of found) {
    if (placed.length === count) break;
    // Lettering starts again at `a` on a new printed page.
    const newPage = placed.length > 0 && marker.letter === 'a' && pageBreaks.some((at) => at > previous && at < marker.position);
    if (marker.letter !== expected && !newPage) continue;
    placed.push({ note: placed.length, value: marker.letter, at: { line: marker.line, start: marker.start, end: marker.start + 1 } });
    expected = String.fromCharCode(marker.letter.charCodeAt(0) + 1);
    previous = marker.position;
  }
  return placed.length === count ? placed : null;
}

function findCandidates(lines: readonly SourceLine[]): { candidates: Candidate[]; pageBreaks: number[] } {
  const found: Candidate[] = [];
  const pageBreaks: number[] = [];
  // The first line is the source note (`Treaty Series No. 898`): numbers there are never marked.
  const sourceLine = lines.findIndex((line) => line.text.trim() !== '');
  let offset = 0;
  lines.forEach((line, index) => {
    const text = line.text;
    const base = offset;
    offset += text.length + 1;
    for (const match of text.matchAll(PAGE_BREAK)) pageBreaks.push(base + match.index!);
    // Inside an editor's brackets numbers are the editor's, seldom marked.
    const bracketed = bracketSpans(text);
    const inBrackets = (at: number) => bracketed.some(([open, close]) => at > open && at < close);
    const push = (start: number, end: number, value: number, suffix: string, symbol: string, cost: number) =>
      found.push({ line: index, start, end, value, suffix, symbol, cost, position: base + start });

    for (const match of text.matchAll(GLUED)) {
      const start = match.index!;
      const before = text[start - 1];
      const beforeThat = text[start - 2] ?? ' ';
      // `03` in `5.03 a.m.` is never a marker.
      if (match[1].length > 1 && match[1].startsWith('0')) continue;
      let cost = match[1].length === 4 ? 1 : 0;
      // `3,900` or `8.48`: a number's own punctuation, a marker only in a pinch.
      if ((before === ',' || before === '.' || before === ':') && /\d/.test(beforeThat)) cost = 1.5;
      // `No.495`, `G-2`, `Art.5`: glued to an abbreviation.
      else if (before === '.' && /\b(No|Nos|Art|Arts|Sec|Par|Vol|p|pp)\.$/.test(text.slice(0, start))) cost = 2;
      // `7.45 a.m.`: a clock time.
      if (followedBy(CLOCK_AFTER, text, start + match[0].length)) cost += 4;
      if (inBrackets(start)) cost += 1.5;
      push(start, start + match[0].length, Number(match[1]), match[2], '', cost);
    }
    if (SYMBOL.test(text))
      for (const match of text.matchAll(GLUED_SYMBOL)) {
        push(match.index!, match.index! + match[0].length, 0, '', match[1], inBrackets(match.index!) ? 1.5 : 0.2);
      }
    if (index === sourceLine) {
      // A marker glued to the file number's serial (`761.94/123085: Telegram`): only its numbering tells.
      for (const match of text.matchAll(/\/(\d{2,7})(?=$|[\s:.,;])/g)) {
        const digits = match[1];
        const at = match.index! + 1;
        for (let cut = 1; cut < digits.length; cut += 1) {
          if (digits[cut] !== '0') push(at + cut, at + digits.length, Number(digits.slice(cut)), '', '', 3.05);
        }
      }
      return;
    }
    const opening = /^[\s\-*]*/.exec(text)![0].length;
    for (const match of text.matchAll(DIGITS)) {
      const digits = match[1];
      const at = match.index!;
      // `220. Upon…` opening a line is a telegram or paragraph number, not a number with a marker.
      if (at <= opening && text[at + digits.length] === '.') continue;
      // A day with a marker glued on (`June 191`, `August 132`) is no day; a day is read as printed.
      const afterMonth = MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at));
      if (afterMonth && digits.length <= 2 && Number(digits) <= 31) continue;
      // Hours (`11 p.m.`) and years (`1918`) are read as printed.
      if (followedBy(HOUR_AFTER, text, at + digits.length)) continue;
      if (/^(?:1[5-9]|20)\d\d$/.test(digits)) continue;
      // `19348`: a year with a marker glued on is cut after the year only.
      if (/^(?:1[5-9]|20)\d\d\d{1,2}$/.test(digits)) {
        push(at + 4, at + digits.length, Number(digits.slice(4)), '', '', 2);
        continue;
      }
      if (digits.length > 4) continue;
      if (/\[Page\s$/.test(text.slice(Math.max(0, at - 6), at))) continue;
      // A serial number (`No. 267`) is more likely printed whole than carrying a marker.
      const serial = /\bNos?\.\s?$/.test(text.slice(Math.max(0, at - 5), at));
      for (let cut = 1; cut < digits.length; cut += 1) {
        if (digits[cut] === '0' || inBrackets(at)) continue;
        if (afterMonth && !(Number(digits.slice(0, cut)) >= 1 && Number(digits.slice(0, cut)) <= 31)) continue;
        push(at + cut, at + digits.length, Number(digits.slice(cut)), '', '', afterMonth ? 2 : serial ? 2.95 : 2.6);
      }
    }
  });
  found.sort((a, b) => a.position - b.position);
  return { candidates: found, pageBreaks };
}

/**
 * A step of the best run: candidate `candidate` holds the marker of note `note`.
 * `key` is the number the run has reached (a symbol keeps its predecessor's), so
 * that the next number is looked up by it.
 */
interface Step {
  cost: number;
  note: number;
  candidate: number;
  key: string;
  previous: Step | null;
}

/**
 * The cheapest steps found so far, by the number reached and the note. Of the
 * steps that reached the same number, only the most promising few are kept
 * (a step is worth its cost less the notes it has placed): the ordinary numbers
 * of a long text would otherwise offer every note a path, and the search would
 * grow with the square of the text.
 */
class Steps {
  private readonly byKey = new Map<string, Map<number, Step>>();
  private readonly byNote = new Map<number, Step>();

  /** Keeps `step` if it is among the best for its number; returns whether it was kept. */
  add(step: Step): boolean {
    let notes = this.byKey.get(step.key);
    if (!notes) {
      notes = new Map();
      this.byKey.set(step.key, notes);
    }
    const known = notes.get(step.note);
    if (known && known.cost <= step.cost) return false;
    if (!known && notes.size >= KEPT_PER_NUMBER) {
      let worst: Step | null = null;
      for (const other of notes.values()) if (!worst || promise(other) > promise(worst)) worst = other;
      if (promise(step) >= promise(worst!)) return false;
      notes.delete(worst!.note);
    }
    notes.set(step.note, step);
    const cheapest = this.byNote.get(step.note);
    if (!cheapest || step.cost < cheapest.cost) this.byNote.set(step.note, step);
    return true;
  }

  /** The steps that reached number `key`, whatever their note. */
  withKey(key: string): Iterable<Step> {
    return this.byKey.get(key)?.values() ?? [];
  }

  /** The cheapest step for each note. */
  cheapestByNote(): Iterable<Step> {
    return this.byNote.values();
  }

  /** Takes in every step of `other`. */
  merge(other: Steps): void {
    for (const notes of other.byKey.values()) for (const step of notes.values()) this.add(step);
  }
}

/** Lower is better: what a step cost, less what placing its notes saved. */
function promise(step: Step): number {
  return step.cost - step.note * MISSING;
}

/**
 * Dynamic programme over the candidates in text order: assigns candidates to
 * notes 0…count-1 so that their values follow the numbering, at the least cost.
 */
function bestSequence(candidates: Candidate[], pageBreaks: readonly number[], count: number, expectedFirst: number | undefined): PlacedMarker[] | null {
  // Numbering runs on across a volume's documents: the first marker is most
  // likely the one after the previous document's last (or 1 on a new page).
  const firstCost = (candidate: Candidate) => {
    if (candidate.symbol) return 0.3;
    if (expectedFirst === undefined || candidate.value === expectedFirst) return 0;
    return candidate.value === 1 || candidate.value === expectedFirst - 1 ? 0.3 : 0.6;
  };
  const all = new Steps();
  // Steps whose markers stand before the last page break passed, and those since.
  const beforeBreak = new Steps();
  let sinceBreak = new Steps();
  let nextBreak = 0;
  let finish: { cost: number; step: Step } | null = null;

  candidates.forEach((current, index) => {
    if (current.value === 0 && !current.symbol) return;
    while (nextBreak < pageBreaks.length && pageBreaks[nextBreak] < current.position) {
      beforeBreak.merge(sinceBreak);
      sinceBreak = new Steps();
      nextBreak += 1;
    }
    // A run is keyed by the number it reached: `47a` reached 47, so 48 follows it.
    const key = current.symbol ? null : String(current.value);
    // A candidate proposes itself to a few notes at most: a short list beats a map.
    const proposals: Step[] = [];
    const offer = (note: number, cost: number, previous: Step | null, stepKey: string) => {
      if (note >= count) return;
      if (previous && candidates[previous.candidate].end > current.start && candidates[previous.candidate].line === current.line) return;
      const known = proposals.findIndex((step) => step.note === note);
      if (known < 0) proposals.push({ cost, note, candidate: index, key: stepKey, previous });
      else if (cost < proposals[known].cost) proposals[known] = { cost, note, candidate: index, key: stepKey, previous };
    };
    const own = current.cost;

    for (let note = 0; note <= MAX_GAP; note += 1) offer(note, note * MISSING + firstCost(current) + own, null, key ?? '0');
    if (current.symbol) {
      // A symbol among numbered notes: it follows any note and keeps the number reached.
      for (const previous of all.cheapestByNote()) offer(previous.note + 1, previous.cost + own, previous, previous.key);
    } else if (current.suffix) {
      // `47a` follows note 47.
      for (const previous of all.withKey(String(current.value))) offer(previous.note + 1, previous.cost + own, previous, key!);
    } else {
      const value = current.value;
      // The next number, perhaps after notes whose markers were lost.
      for (let gap = 0; gap <= MAX_GAP; gap += 1) {
        for (const previous of all.withKey(String(value - gap - 1))) offer(previous.note + gap + 1, previous.cost + gap * MISSING + own, previous, key!);
      }
      // Numbers the volume skipped: `12`, then `14`.
      for (let skipped = 1; skipped <= 2; skipped += 1) {
        for (const previous of all.withKey(String(value - skipped - 1))) offer(previous.note + 1, previous.cost + skipped * SKIPPED + own, previous, key!);
      }
      // Two notes printed with the same number (an erratum of the printed volume).
      for (const previous of all.withKey(key!)) if (!candidates[previous.candidate].suffix) offer(previous.note + 1, previous.cost + 0.75 + own, previous, key!);
      if (value === 1) {
        // Per-page numbering starts again at 1 after a page break (a page holds a few dozen notes at most).
        for (let last = 1; last <= PAGE_NOTES; last += 1) {
          for (const previous of beforeBreak.withKey(String(last))) offer(previous.note + 1, previous.cost + 0.25 + own, previous, key!);
        }
        // Volume numbering that starts again after 99 or 999.
        for (const last of WRAP_FROM) {
          for (const previous of all.withKey(String(last))) offer(previous.note + 1, previous.cost + 0.5 + own, previous, key!);
        }
      }
    }
    for (const step of proposals) {
      if (!all.add(step)) continue;
      sinceBreak.add(step);
      const total = step.cost + (count - 1 - step.note) * MISSING;
      if (!finish || total < finish.cost) finish = { cost: total, step };
    }
  });

  const placed: PlacedMarker[] = Array.from({ length: count }, (_, note) => ({ note, value: '', at: null }));
  const best = finish as { cost: number; step: Step } | null;
  if (best && best.cost < count * MISSING) {
    for (let step: Step | null = best.step; step; step = step.previous) {
      const candidate = candidates[step.candidate];
      placed[step.note] = {
        note: step.note,
        value: candidate.symbol || `${candidate.value}${candidate.suffix}`,
        at: { line: candidate.line, start: candidate.start, end: candidate.end },
      };
    }
  }
  // Nothing found, or notes between found ones: number them from their neighbours.
  inferMissingValues(placed, expectedFirst);
  return placed;
}

/** Numbers the notes whose markers were not found from the found ones around them. */
function inferMissingValues(placed: PlacedMarker[], expectedFirst: number | undefined): void {
  const found = placed.filter((marker) => marker.at && /^\d/.test(marker.value));
  for (const marker of placed) {
    if (marker.at) continue;
    const after = found.find((other) => other.note > marker.note);
    const before = [...found].reverse().find((other) => other.note < marker.note);
    const anchor = before ?? after;
    const base = anchor ? Number.parseInt(anchor.value, 10) : (expectedFirst ?? 1);
    marker.value = String(Math.max(1, base + marker.note - (anchor?.note ?? 0)));
  }
}

/** `[open, close]` offsets of the bracketed stretches of a line. */
function bracketSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/\[[^\]]*\]/g)) spans.push([match.index!, match.index! + match[0].length - 1]);
  return spans;
}

import type { SourceLine } from './source-lines.ts';

/**
 * A place where a footnote marker may stand: digits glued to the word or
 * punctuation before them (`Chungking85`, `[Vyshinsky?].86`, `p.m.,87`).
 */
interface Candidate {
  line: number;
  /** Offset of the marker's first digit in the line. */
  start: number;
  /** Offset just past its last digit. */
  end: number;
  value: number;
  /** Letter after the number (`47a`): a note inserted after the volume was numbered. */
  suffix: string;
  /** How unlikely this reading is: 0 glued to a word, more where it could be an ordinary number. */
  cost: number;
}

/**
 * Where note `note`'s marker stands: line index and the digits' span in that
 * line, or null when the marker was not found (its number is then inferred
 * from its neighbours' numbering).
 */
export interface PlacedMarker {
  note: number;
  value: string;
  at: { line: number; start: number; end: number } | null;
}

// Digits glued to what precedes them, followed by a space, punctuation or the end.
const GLUED = /(?<=[\p{L}.,;:)\]'’"”?!*])(\d{1,3})([a-d]?)(?=$|[\s.,;:)\]—–-])/gu;
// A number with a marker glued on: `paragraph 485` = paragraph 4, note 85.
const DIGITS = /(?<![\p{L}\p{N}.,/[])(\d{2,6})(?=$|[\s.,;:)\]—–-])(?![.,]\d|\/)/gu;

const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s$/;

// Cost of a note whose marker is not found (lost in a table, or garbled).
const MISSING = 3;
// How many notes in a row may go without a marker between two found ones.
const MAX_GAP = 2;

/**
 * Locates the markers of `count` listed notes in the text lines. Web editions
 * print markers glued to the text and list the notes renumbered 1…K, so the
 * markers are found by their numbering: consecutive (`85, 86, 87` — volume-wide
 * numbering), restarting at 1 after a page break (per-page numbering), or a
 * number printed twice. A marker that cannot be found costs more than any
 * reading of an ordinary number, so such a note is left unplaced rather than
 * pinned on a year. Returns one entry per note, or null when none was found.
 */
export function locateMarkers(
  lines: readonly SourceLine[],
  count: number,
  pageBreakLines: ReadonlySet<number>,
  expectedFirst?: number,
): PlacedMarker[] | null {
  if (count === 0) return [];
  return bestSequence(findCandidates(lines), count, lines, pageBreakLines, expectedFirst);
}

function findCandidates(lines: readonly SourceLine[]): Candidate[] {
  const found: Candidate[] = [];
  // The first line is the source note (`Treaty Series No. 898`): numbers there are never marked.
  const sourceLine = lines.findIndex((line) => line.text.trim() !== '');
  lines.forEach((line, index) => {
    const text = line.text;
    // Inside an editor's brackets numbers are the editor's, seldom marked.
    const bracketed = bracketSpans(text);
    const inBrackets = (offset: number) => bracketed.some(([open, close]) => offset > open && offset < close);
    for (const match of text.matchAll(GLUED)) {
      const start = match.index!;
      const before = text[start - 1];
      const beforeThat = text[start - 2] ?? ' ';
      // `03` in `5.03 a.m.` is never a marker.
      if (match[1].length > 1 && match[1].startsWith('0')) continue;
      let cost = 0;
      // `3,900` or `8.48`: a number's own punctuation, a marker only in a pinch.
      if ((before === ',' || before === '.' || before === ':') && /\d/.test(beforeThat)) cost = 1.5;
      // `No.495`, `G-2`, `Art.5`: glued to an abbreviation.
      else if (before === '.' && /\b(No|Nos|Art|Arts|Sec|Par|Vol|p|pp)\.$/.test(text.slice(0, start))) cost = 2;
      // `7.45 a.m.`: a clock time.
      if (/^\s*(?:[ap]\.\s?m\.|o’clock|o'clock)/.test(text.slice(start + match[0].length))) cost += 4;
      if (inBrackets(start)) cost += 1.5;
      found.push({ line: index, start, end: start + match[0].length, value: Number(match[1]), suffix: match[2], cost });
    }
    if (index === sourceLine) return;
    for (const match of text.matchAll(DIGITS)) {
      const digits = match[1];
      // `220. Upon…` opening a line is a telegram or paragraph number, not a number with a marker.
      if (/^[\s\-*]*$/.test(text.slice(0, match.index)) && text[match.index! + digits.length] === '.') continue;
      // Days (`October 22`), hours (`11 p.m.`) and years (`1918`) are read as printed.
      if (MONTH_BEFORE.test(text.slice(Math.max(0, match.index! - 12), match.index))) continue;
      if (/^\s*(?:[ap]\.\s?m\.|noon|midnight)/.test(text.slice(match.index! + digits.length))) continue;
      if (/^(?:1[5-9]|20)\d\d$/.test(digits)) continue;
      // `19348`: a year with a marker glued on is cut after the year only.
      if (/^(?:1[5-9]|20)\d\d\d{1,2}$/.test(digits)) {
        found.push({ line: index, start: match.index! + 4, end: match.index! + digits.length, value: Number(digits.slice(4)), suffix: '', cost: 2 });
        continue;
      }
      if (digits.length > 4) continue;
      if (/\[Page\s$/.test(text.slice(Math.max(0, match.index! - 6), match.index))) continue;
      for (let cut = 1; cut < digits.length; cut += 1) {
        const start = match.index! + cut;
        if (digits[cut] === '0' || inBrackets(match.index!)) continue;
        found.push({ line: index, start, end: match.index! + digits.length, value: Number(digits.slice(cut)), suffix: '', cost: 2.8 });
      }
    }
  });
  found.sort((a, b) => a.line - b.line || a.start - b.start);
  return found;
}

/** A step of the best run: candidate `candidate` holds the marker of note `note`. */
interface Step {
  cost: number;
  note: number;
  candidate: number;
  previous: Step | null;
}

/**
 * Dynamic programme over the candidates in text order: assigns candidates to
 * notes 0…count-1 so that their values follow the numbering, at the least cost.
 * Predecessors are looked up by value (`best[note][value]`), so the work grows
 * with candidates × notes, not candidates².
 */
function bestSequence(
  candidates: Candidate[],
  count: number,
  lines: readonly SourceLine[],
  pageBreakLines: ReadonlySet<number>,
  expectedFirst: number | undefined,
): PlacedMarker[] | null {
  // Numbering runs on across a volume's documents: the first marker is most
  // likely the one after the previous document's last (or 1 on a new page).
  const firstCost = (candidate: Candidate) => {
    if (expectedFirst === undefined || candidate.value === expectedFirst) return 0;
    return candidate.value === 1 || candidate.value === expectedFirst - 1 ? 0.3 : 0.6;
  };
  const key = (value: number, suffix: string) => `${value}${suffix}`;
  // best[note]: the cheapest step so far for each value, and every step (for restarts).
  const best: Map<string, Step>[] = Array.from({ length: count }, () => new Map());
  const all: Step[][] = Array.from({ length: count }, () => []);
  let finish: { cost: number; step: Step } | null = null;

  candidates.forEach((current, index) => {
    if (current.value === 0) return;
    const steps: Step[] = [];
    for (let note = 0; note < count; note += 1) {
      let cheapest: Step | null = null;
      const offer = (cost: number, previous: Step | null) => {
        if (previous && candidates[previous.candidate].end > current.start && candidates[previous.candidate].line === current.line) return;
        if (!cheapest || cost < cheapest.cost) cheapest = { cost, note, candidate: index, previous };
      };
      if (note <= MAX_GAP) offer(note * MISSING + firstCost(current) + current.cost, null);
      for (let gap = 0; gap <= MAX_GAP && note - gap - 1 >= 0; gap += 1) {
        const from = note - gap - 1;
        if (current.suffix) {
          // `47a` follows note 47, or comes after 46.
          if (gap === 0) {
            const same = best[from].get(key(current.value, ''));
            if (same) offer(same.cost + current.cost, same);
          }
        } else {
          const previous = best[from].get(key(current.value - gap - 1, ''));
          if (previous) offer(previous.cost + gap * MISSING + current.cost, previous);
        }
        if (gap > 0) continue;
        // Two notes printed with the same number (an erratum of the printed volume).
        const repeated = best[from].get(key(current.value, current.suffix));
        if (repeated) offer(repeated.cost + 0.75 + current.cost, repeated);
        // Per-page numbering starts again at 1 after a page break.
        if (current.value === 1 && !current.suffix) {
          for (const previous of all[from]) {
            if (hasPageBreakBetween(candidates[previous.candidate], current, lines, pageBreakLines)) offer(previous.cost + 0.25 + current.cost, previous);
          }
        }
      }
      if (cheapest) steps.push(cheapest);
    }
    for (const step of steps) {
      const slot = key(current.value, current.suffix);
      const known = best[step.note].get(slot);
      if (!known || step.cost < known.cost) best[step.note].set(slot, step);
      all[step.note].push(step);
      const total = step.cost + (count - 1 - step.note) * MISSING;
      if (!finish || total < finish.cost) finish = { cost: total, step };
    }
  });
  if (!finish || (finish as { cost: number }).cost >= count * MISSING) {
    // Nothing found: number the notes on from the previous document, or from 1.
    const placed = Array.from({ length: count }, (_, note): PlacedMarker => ({ note, value: '', at: null }));
    inferMissingValues(placed, expectedFirst);
    return placed;
  }

  const placed: PlacedMarker[] = Array.from({ length: count }, (_, note) => ({ note, value: '', at: null }));
  for (let step: Step | null = (finish as { step: Step }).step; step; step = step.previous) {
    const candidate = candidates[step.candidate];
    placed[step.note] = {
      note: step.note,
      value: `${candidate.value}${candidate.suffix}`,
      at: { line: candidate.line, start: candidate.start, end: candidate.end },
    };
  }
  inferMissingValues(placed, expectedFirst);
  return placed;
}

/** Numbers the notes whose markers were not found from the found ones around them. */
function inferMissingValues(placed: PlacedMarker[], expectedFirst: number | undefined): void {
  const found = placed.filter((marker) => marker.at);
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

function hasPageBreakBetween(a: Candidate, b: Candidate, lines: readonly SourceLine[], pageBreakLines: ReadonlySet<number>): boolean {
  if (a.line === b.line) return /\[Page [^\]]+\]/.test(lines[a.line].text.slice(a.end, b.start));
  if (/\[Page [^\]]+\]/.test(lines[a.line].text.slice(a.end)) || /\[Page [^\]]+\]/.test(lines[b.line].text.slice(0, b.start))) return true;
  for (let line = a.line + 1; line < b.line; line += 1) if (pageBreakLines.has(line)) return true;
  return false;
}

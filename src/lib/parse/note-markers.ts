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
  /** Offset order across the document, for "between" tests. */
  order: number;
}

/** Where a located marker stands: line index, and the digits' span in that line. */
export interface PlacedMarker {
  line: number;
  start: number;
  end: number;
  value: string;
}

// Digits glued to what precedes them, followed by a space, punctuation or the end.
const GLUED = /(?<=[\p{L}.,;:)\]'’"”?!*])(\d{1,3})([a-d]?)(?=$|[\s.,;:)\]—–-])/gu;
// A number with a marker glued on: `paragraph 485` = paragraph 4, note 85.
const DIGITS = /(?<![\p{L}\p{N}.,/])(\d{2,4})(?=$|[\s.,;:)\]—–-])(?![.,]\d|\/)/gu;

/**
 * Locates `count` footnote markers in the text lines. Web editions print markers
 * glued to the text and list the notes renumbered 1…K, so the markers are found
 * by their numbering: consecutive (`85, 86, 87` — volume-wide numbering) or
 * restarting at 1 after a page break (per-page numbering). Returns them in text
 * order, or null when no such sequence exists.
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
      found.push({ line: index, start, end: start + match[0].length, value: Number(match[1]), suffix: match[2], cost, order: 0 });
    }
    if (index === sourceLine) return;
    for (const match of text.matchAll(DIGITS)) {
      const digits = match[1];
      for (let cut = 1; cut < digits.length; cut += 1) {
        const start = match.index! + cut;
        if (digits[cut] === '0') continue;
        found.push({ line: index, start, end: match.index! + digits.length, value: Number(digits.slice(cut)), suffix: '', cost: 2.5, order: 0 });
      }
    }
  });
  found.sort((a, b) => a.line - b.line || a.start - b.start);
  found.forEach((candidate, order) => (candidate.order = order));
  return found;
}

/**
 * Dynamic programme over the candidates in text order: choose `count` of them
 * whose values form a consecutive run, allowing a restart at 1 after a page
 * break (or a repeated number), at the least total cost.
 */
function bestSequence(
  candidates: Candidate[],
  count: number,
  lines: readonly SourceLine[],
  pageBreakLines: ReadonlySet<number>,
  expectedFirst: number | undefined,
): PlacedMarker[] | null {
  const n = candidates.length;
  if (n < count) return null;
  // cost[k][i]: least cost of a valid run of k+1 markers ending at candidate i.
  const cost: Float64Array[] = [];
  const from: Int32Array[] = [];
  for (let k = 0; k < count; k += 1) {
    cost.push(new Float64Array(n).fill(Infinity));
    from.push(new Int32Array(n).fill(-1));
  }
  // Numbering runs on across a volume's documents: the first marker is most
  // likely the one after the previous document's last (or 1 on a new page).
  const firstCost = (candidate: Candidate) => {
    if (candidate.value === 0) return Infinity;
    if (expectedFirst === undefined || candidate.value === expectedFirst) return 0;
    return candidate.value === 1 || candidate.value === expectedFirst - 1 ? 0.3 : 0.6;
  };
  for (let i = 0; i < n; i += 1) cost[0][i] = candidates[i].cost + firstCost(candidates[i]);
  for (let k = 1; k < count; k += 1) {
    for (let i = 0; i < n; i += 1) {
      const current = candidates[i];
      for (let j = 0; j < i; j += 1) {
        const previous = candidates[j];
        if (cost[k - 1][j] === Infinity) continue;
        if (previous.line === current.line && previous.end > current.start) continue;
        let step: number;
        if (current.suffix) {
          // `47a` follows note 47 (or comes first after 46).
          if (current.value === previous.value && current.suffix > previous.suffix) step = 0;
          else if (current.value === previous.value + 1) step = 0.5;
          else continue;
        } else if (current.value === previous.value + 1) step = 0;
        // Two notes printed with the same number (an erratum of the printed volume).
        else if (current.value === previous.value) step = 0.75;
        else if (current.value === 1 && hasPageBreakBetween(previous, current, lines, pageBreakLines)) step = 0.25;
        else continue;
        const total = cost[k - 1][j] + step + current.cost;
        if (total < cost[k][i]) {
          cost[k][i] = total;
          from[k][i] = j;
        }
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i += 1) {
    if (cost[count - 1][i] < Infinity && (end < 0 || cost[count - 1][i] < cost[count - 1][end])) end = i;
  }
  if (end < 0) return null;
  const chosen: Candidate[] = [];
  for (let k = count - 1, i = end; k >= 0; i = from[k][i], k -= 1) chosen.unshift(candidates[i]);
  return chosen.map(({ line, start, end: stop, value, suffix }) => ({ line, start, end: stop, value: `${value}${suffix}` }));
}

function hasPageBreakBetween(a: Candidate, b: Candidate, lines: readonly SourceLine[], pageBreakLines: ReadonlySet<number>): boolean {
  if (a.line === b.line) return /\[Page [^\]]+\]/.test(lines[a.line].text.slice(a.end, b.start));
  if (/\[Page [^\]]+\]/.test(lines[a.line].text.slice(a.end)) || /\[Page [^\]]+\]/.test(lines[b.line].text.slice(0, b.start))) return true;
  for (let line = a.line + 1; line < b.line; line += 1) if (pageBreakLines.has(line)) return true;
  return false;
}

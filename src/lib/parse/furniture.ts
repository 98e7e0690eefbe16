import type { SourceLine } from './source-lines.ts';
import { isBlank, wordCount } from './source-lines.ts';

// Lines that only archival copies carry: library and archive stamps,
// declassification checklists, box and folder labels (seed 003).
const ARCHIVAL_MARK =
  /Reproduced (?:from|at) the|Library of Congress|National Archives|Presidential Library|\bDeclassif|\bDECLASSIF|\bE\.?\s?O\.?\s?1[0-3]\d{3}\b|Authority:?\s+NN[DF]|\bNARA\b|Retain classification|With concurrence of|Declassify in part|\b(?:Container|Box|Folder)\s+\d+|ACCUSED BY|Classification (?:changed|continued|cancel)|\bFOIA\b|Exemptions? \(?b\)?\(?\d|Review(?:ed)? by\s*_{2,}|^DEPARTMENT OF STATE$/;

/** A maximal run of furniture lines: indices into the lines array. */
export interface FurnitureRun {
  lines: number[];
}

/**
 * Finds runs of archival furniture: consecutive short, non-prose lines of which
 * at least one carries an archival mark (`Library of Congress`, `Container 172`,
 * `EO 12958`). The whole run goes to the provenance box, so box labels such as
 * `322 / HARRIMAN / Conversation` travel with the stamp that identifies them.
 */
export function findFurniture(lines: readonly SourceLine[], from: number, to: number): FurnitureRun[] {
  const runs: FurnitureRun[] = [];
  let run: number[] = [];
  let marked = false;
  const close = () => {
    if (marked) runs.push({ lines: run.filter((index) => !isBlank(lines[index])) });
    run = [];
    marked = false;
  };
  for (let index = from; index < to; index += 1) {
    const line = lines[index];
    if (isBlank(line)) {
      if (run.length) run.push(index);
      continue;
    }
    if (isFurnitureShaped(line.text)) {
      run.push(index);
      marked ||= ARCHIVAL_MARK.test(line.text.trim());
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** Short lines that are not sentences: stamps, labels, checklist items. */
function isFurnitureShaped(text: string): boolean {
  // No stamp or label runs to 200 characters; most lines of prose do.
  if (text.length > 200) return false;
  const trimmed = text.trim().replace(/^[-•*]\s+/, '');
  if (ARCHIVAL_MARK.test(trimmed)) return wordCount(trimmed) <= 14;
  if (wordCount(trimmed) > 6) return false;
  // A sentence ends in a full stop after a lower-case word; labels do not.
  return !/\p{Ll}{2,}[.!?]["”’]?$/u.test(trimmed);
}

/**
 * Names the archival source the furniture points to, from its stamp and label:
 * `Manuscript Division, Library of Congress, Container 172`. Null when the
 * furniture names no repository or container.
 */
export function archivalSourceOf(furniture: readonly string[]): string | null {
  const parts: string[] = [];
  for (const text of furniture) {
    const collection = /Collections? of (?:the )?(.+?)\.?$/i.exec(text);
    if (collection) parts.push(collection[1].trim());
    else if (/^(?:National Archives|Library of Congress)/.test(text.trim())) parts.push(text.trim());
  }
  for (const text of furniture) {
    const container = /\b((?:Container|Box|Folder)\s+\d+\w*)/.exec(text);
    if (container) parts.push(container[1]);
  }
  return parts.length ? [...new Set(parts)].join(', ') : null;
}

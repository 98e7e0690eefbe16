import type { Emendation } from '../schemas/document.ts';
import { parseInline, stripMarkers } from './inline.ts';
import type { SourceLine } from './source-lines.ts';
import type { Block } from '../model/parsed-document.ts';

// A printed paragraph number or letter: `1.`, `(1)`, `(a)`, `a.`, `(iv)`, `[1.]`.
const LABEL_ONLY = /^(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z][.)]|\([ivx]{1,5}\)|\[\d{1,2}\.?\])$/;
const LEADING_LABEL = /^(\(?\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z]\.|\([ivx]{1,5}\)|\[\d{1,2}\.?\])\s+(?=\S)/;

/** Body paragraphs, and the telegram number if the first one opened with it. */
export interface Body {
  blocks: Block[];
  telegramNumber: string | null;
}

/**
 * Turns body lines into paragraphs, one per line (both web and clipped
 * transcriptions put a paragraph on a line). Clipped markdown lists `- 1.` /
 * `- text` become a paragraph labelled `1.`; a label on a line of its own
 * labels the next paragraph; `(a)`, `a.` under a numbered paragraph are
 * sub-paragraphs. When `telegram` is set, a number opening the first paragraph
 * (`333. The following…`) is the telegram's serial number, not a label.
 */
export function parseBody(
  lines: readonly SourceLine[],
  indices: readonly number[],
  notes: readonly { n: string }[],
  emendations: Emendation[],
  options: { telegram: boolean; signatures: ReadonlySet<number>; signingBlock: ReadonlySet<number> },
): Body {
  const { telegram } = options;
  const blocks: Block[] = [];
  let pending: { label: string; line: number } | null = null;
  let telegramNumber: string | null = null;
  let sawNumberedLabel = false;

  const labelDepth = (label: string) => {
    const numeric = /\d/.test(label);
    if (numeric) sawNumberedLabel = true;
    return !numeric && sawNumberedLabel ? 1 : 0;
  };
  const flushPending = () => {
    if (!pending) return;
    blocks.push({ label: pending.label, depth: labelDepth(pending.label), line: pending.line, content: [] });
    pending = null;
  };

  for (const index of indices) {
    const line = lines[index];
    let text = line.text.trim();
    if (!text) continue;
    const role = options.signatures.has(index) ? 'signature' : options.signingBlock.has(index) ? 'signing' : undefined;
    if (role) {
      flushPending();
      blocks.push({ role, depth: 0, line: line.no, content: parseInline(text, notes, line.no, emendations) });
      continue;
    }
    // Clipped markdown list item.
    if (/^[-*•]\s+/.test(text)) text = text.replace(/^[-*•]\s+/, '');
    else if (/^[-*•]$/.test(text)) continue;

    // A page break before a paragraph's number (`[Page 75] 1.`) stands on its own, so the number labels the paragraph.
    const pageFirst = /^(\[Page [^\]]+\])\s+(?=\S)/.exec(text);
    if (pageFirst && (LABEL_ONLY.test(stripMarkers(text.slice(pageFirst[0].length))) || LEADING_LABEL.test(text.slice(pageFirst[0].length)))) {
      flushPending();
      blocks.push({ depth: 0, line: line.no, content: parseInline(pageFirst[1], notes, line.no, emendations) });
      text = text.slice(pageFirst[0].length);
    }

    const bare = stripMarkers(text);
    if (LABEL_ONLY.test(bare)) {
      flushPending();
      pending = { label: bare, line: line.no };
      continue;
    }

    if (telegram && blocks.length === 0 && !pending && telegramNumber === null) {
      const serial = /^(\d{1,5})\.\s/.exec(bare);
      if (serial) telegramNumber = serial[1];
      if (serial) {
        blocks.push({ depth: 0, line: line.no, content: parseInline(text, notes, line.no, emendations) });
        continue;
      }
    }

    let label: string | undefined;
    const leading = LEADING_LABEL.exec(text);
    if (leading) {
      if (pending) flushPending();
      label = leading[1];
      text = text.slice(leading[0].length);
    } else if (pending) {
      label = pending.label;
      pending = null;
    }
    blocks.push({
      ...(label ? { label } : {}),
      depth: label ? labelDepth(label) : 0,
      line: line.no,
      content: parseInline(text, notes, line.no, emendations),
    });
  }
  flushPending();
  return { blocks, telegramNumber };
}

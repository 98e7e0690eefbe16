import type { Warning } from '../../core/schemas/document.ts';

/** How a transcription's bytes were decoded. */
export type TextEncoding = 'utf-8' | 'utf-8 with byte-order mark' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8 and windows-1252';

/** A transcription's text, how it was decoded, and what a reader should check. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The encoding, when not plain UTF-8, and every line holding control characters. */
  warnings: Warning[];
}

// The parser's own check (src/core/parse/parse-document.ts) uses the same words,
// so the one line it warns is not warned twice (see mergeWarnings).
/** The warning for a line holding control characters. */
export const CONTROL_CHARACTERS_MESSAGE = 'control characters found: is this a plain-text file?';

// C0 controls but tab, line feed, vertical tab, form feed and carriage return
// (word processors and OCR emit those), DEL, and the C1 controls that a
// Latin-1 file's 0x80–0x9F bytes would be.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

// ignoreBOM: a line (decoded on its own) that begins with U+FEFF keeps it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decodes a transcription as received. A byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); UTF-16 without one is recognized by its zero bytes. Other
 * text is UTF-8 where it is valid UTF-8, and Windows-1252 (which includes
 * Latin-1's letters) where it is not: a whole file, or — for a UTF-8 file
 * with a line pasted from elsewhere — only the lines that are not UTF-8, so
 * the others keep their accents. Each decision other than plain UTF-8 is
 * warned, with the encoding, and so is each line with control characters.
 */
export function decodeTranscription(bytes: Uint8Array): DecodedText {
  const warnings: Warning[] = [];
  const { text, encoding, lines } = decode(bytes);
  if (encoding === 'utf-8 and windows-1252') {
    for (const line of lines) warnings.push({ line, message: 'this line is not UTF-8: read as Windows-1252 (Latin-1); save the transcription as UTF-8' });
  } else if (encoding !== 'utf-8') {
    const advice = encoding === 'windows-1252' ? 'it is not UTF-8; save the transcription as UTF-8' : 'save the transcription as UTF-8 without a byte-order mark';
    warnings.push({ line: 0, message: `read as ${encodingLabel(encoding)}: ${advice}` });
  }
  // Lines as the parser numbers them (src/core/parse/source-lines.ts): CRLF and lone CR end a line too.
  text.split(/\r\n?|\n/).forEach((line, index) => {
    if (CONTROL.test(line)) warnings.push({ line: index + 1, message: CONTROL_CHARACTERS_MESSAGE });
  });
  return { text, encoding, warnings: warnings.sort((a, b) => a.line - b.line) };
}

function decode(bytes: Uint8Array): { text: string; encoding: TextEncoding; lines: number[] } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 with byte-order mark', lines: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', lines: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', lines: [] };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, lines: [] };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', lines: [] };
  } catch {
    // Not UTF-8 as a whole: decide line by line, if lines end with a line feed.
  }
  if (!bytes.includes(0x0a)) return { text: windows1252.decode(bytes), encoding: 'windows-1252', lines: [] };
  const parts: string[] = [];
  const fallback: number[] = [];
  let anyUtf8 = false;
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    try {
      const decoded = utf8.decode(chunk);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: anything beyond ASCII, control characters being ASCII.
      if (/[^\x00-\x7f]/.test(decoded)) anyUtf8 = true;
      parts.push(decoded);
    } catch {
      parts.push(windows1252.decode(chunk));
      fallback.push(line);
    }
    start = end + 1;
  }
  const text = parts.join('\n');
  // No line is UTF-8 beyond ASCII: the file is simply Windows-1252 (or Latin-1).
  if (!anyUtf8) return { text: windows1252.decode(bytes), encoding: 'windows-1252', lines: [] };
  return { text, encoding: 'utf-8 and windows-1252', lines: fallback };
}

/** UTF-16 without a byte-order mark: most of the even (BE) or odd (LE) bytes are zero, as in ASCII text so encoded. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function encodingLabel(encoding: TextEncoding): string {
  const labels: Record<TextEncoding, string> = {
    'utf-8': 'UTF-8',
    'utf-8 with byte-order mark': 'UTF-8 with a byte-order mark',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252 (Latin-1)',
    'utf-8 and windows-1252': 'UTF-8, some lines Windows-1252',
  };
  return labels[encoding];
}

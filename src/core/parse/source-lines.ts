/** One line of a transcription with its 1-based line number in the file. */
export interface SourceLine {
  no: number;
  text: string;
}

/**
 * Splits a transcription into numbered lines. Removes a byte-order mark, turns
 * CRLF and lone CR into LF and non-breaking spaces into spaces (word processors
 * emit them); nothing else is changed, so every word stays where it was.
 */
export function splitLines(raw: string): SourceLine[] {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ');
  return text.split('\n').map((line, index) => ({ no: index + 1, text: line }));
}

/** True when a line holds nothing but whitespace. */
export function isBlank(line: SourceLine | undefined): boolean {
  return !line || line.text.trim() === '';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Counts the words of a string (runs of letters or digits). */
export function wordCount(text: string): number {
  // A loop over code points: called on every line, several times, so no regex for ASCII.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const word = code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : WORD_CHAR.test(text[i]);
    if (word && !inWord) count += 1;
    inWord = word;
  }
  return count;
}

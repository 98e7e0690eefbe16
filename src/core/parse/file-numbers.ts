/**
 * The State Department's decimal file numbers (1910–1963), as source notes and
 * archive stamps print them: a class — subject and country digits, perhaps a
 * subclass and subject words — then, after a slash, the paper's serial in that file.
 *
 *   fileNumber := class [subclass] [subject] "/" serial
 *   class      := three digits [letters [digits]]    `861`, `865D`, `867n`, `123P54`, `701`
 *   subclass   := "." letters or digits               `.00`, `.6363`, `.G`, `.A15`
 *   subject    := words, digits, dashes, commas       ` Commercial Agreement`, ` Firms—Sovkino`, ` EN 3`, ` a 1`
 *   serial     := digits [fraction] [letters]         `2619½`, `1570b`, `1165½b`
 *                 ["/" digits] ["–" year] [" supp."]  `5353/7`, `3–1942`
 */
const CLASS = String.raw`\d{3}(?:[A-Za-z]{1,2}\d{0,3})?`;
const SUBCLASS = String.raw`(?:\.\s?[\dA-Za-z]{1,6})?`;
const SUBJECT = String.raw`(?:[ —–-][^:/\n]{1,60}?)?`;
const SERIAL = String.raw`\d{1,6}(?:[½¼¾⅓⅔])?[a-z]{0,2}(?:\/\d{1,3})?(?:[–-]\d{4})?(?:\s+supp\.)?`;

/** Regular-expression source for one decimal file number. */
export const FILE_NUMBER = `${CLASS}${SUBCLASS}${SUBJECT}\\/${SERIAL}`;

// The files a number belongs to, when not the Department's own: `Paris Peace Conf. 180.03101/1`.
const FILES = String.raw`(?:\p{Lu}[\p{L}.]*\s+){1,4}`;
// `761.94/1230: Telegram`, `File No. 861.77/78a`, `710.G Commercial Agreement/22: Telegram (part air)`.
const SOURCE_NOTE = new RegExp(String.raw`^(?:File Nos?\.?\s+)?((?:${FILES})?${FILE_NUMBER})(?:,\s*\d[^:]*)?(?:\s*:\s*(.+))?$`, 'u');
const STAMP = new RegExp(`^${FILE_NUMBER}$`);

/** The file number of a source-note line (`865D.01/109: Telegram` → `865D.01/109`), or null when it is none. */
export function sourceNoteFileNumber(text: string): string | null {
  return SOURCE_NOTE.exec(text.trim())?.[1].trim() ?? null;
}

/** True for a line that is a file number and nothing else: an archive's stamp (`611.3231/684`). */
export function isFileNumberStamp(text: string): boolean {
  return STAMP.test(text.trim());
}

import { describe, expect, test } from 'vitest';
import { CONTROL_CHARACTERS_MESSAGE, decodeTranscription } from '../../src/build/content/decode-text.ts';

const text = 'The Chargé in the Soviet Union\n“Quoted” — text\n';
const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();

describe('decodeTranscription', () => {
  test.each([
    ['UTF-8', Buffer.from(text), 'utf-8', []],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8 with byte-order mark', [0]],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', [0]],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be', [0]],
    ['UTF-16 LE without one', Buffer.from(text, 'utf16le'), 'utf-16le', [0]],
    ['UTF-16 BE without one', utf16be(text), 'utf-16be', [0]],
    [
      'Windows-1252',
      Buffer.from([...'The Charg\xe9 in the Soviet Union\n'].map((c) => c.charCodeAt(0)).concat([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x97, 0x20, 0x74, 0x65, 0x78, 0x74, 0x0a])),
      'windows-1252',
      [0],
    ],
  ])('%s is decoded and, unless plain UTF-8, warned with its encoding', (_label, bytes, encoding, lines) => {
    const decoded = decodeTranscription(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.map((warning) => warning.line)).toEqual(lines);
    if (lines.length) expect(decoded.warnings[0].message).toMatch(/^read as (UTF|Windows)/);
  });

  test('a UTF-8 file with a Latin-1 line: that line alone is read as Windows-1252, and warned', () => {
    const bytes = Buffer.concat([Buffer.from('Chargé one\n'), Buffer.from('Chargé two\n', 'latin1'), Buffer.from('Chargé three\n')]);
    const decoded = decodeTranscription(bytes);
    expect(decoded.text).toBe('Chargé one\nChargé two\nChargé three\n');
    expect(decoded.encoding).toBe('utf-8 and windows-1252');
    expect(decoded.warnings).toEqual([{ line: 2, message: expect.stringMatching(/not UTF-8: read as Windows-1252/) }]);
  });

  test('every line with control characters is warned, numbered as the parser numbers lines', () => {
    const decoded = decodeTranscription(Buffer.from('ok\r\nbell \u0007\rnul \u0000\nok\tand tab\nescape \u001b[31m\n'));
    expect(decoded.warnings).toEqual([2, 3, 5].map((line) => ({ line, message: CONTROL_CHARACTERS_MESSAGE })));
  });

  test('nothing is lost: a byte-order mark inside the text is kept', () => {
    expect(decodeTranscription(Buffer.from('a\n\uFEFFb\n')).text).toBe('a\n\uFEFFb\n');
  });
});

import { describe, expect, test } from 'vitest';
import { isFileNumberStamp, sourceNoteFileNumber } from '../../src/core/parse/file-numbers.ts';

describe('decimal file numbers', () => {
  test.each([
    ['761.94/1230: Telegram', '761.94/1230'],
    ['File No. 763.72112/3838', '763.72112/3838'],
    ['865D.01/109: Telegram', '865D.01/109'],
    ['867n.01/400', '867n.01/400'],
    ['123P54/283', '123P54/283'],
    ['123 EN 3/435', '123 EN 3/435'],
    ['811.111 Firms—Sovkino/12', '811.111 Firms—Sovkino/12'],
    ['701/121', '701/121'],
    ['710.G Commercial Agreement/22: Telegram (part air)', '710.G Commercial Agreement/22'],
    ['500.A15 a 1/463', '500.A15 a 1/463'],
    ['303.115 Hunt and Company, William/104', '303.115 Hunt and Company, William/104'],
    ['861.00/1165½b', '861.00/1165½b'],
    ['810.20 Defense/5353/7', '810.20 Defense/5353/7'],
    ['793.003/3–1942', '793.003/3–1942'],
    ['722.2315/1570b: Circular telegram', '722.2315/1570b'],
    ['Paris Peace Conf. 180.03101/1', 'Paris Peace Conf. 180.03101/1'],
    ['Paris Peace Conf. 185.182/12: Telegram', 'Paris Peace Conf. 185.182/12'],
  ])('%s → %s', (line, fileNumber) => {
    expect(sourceNoteFileNumber(line)).toBe(fileNumber);
  });

  test.each(['Treaty Series No. 898', 'The Ambassador in France (Straus) to the Secretary of State', '1934/12', 'See p. 128/9'])('%s is no file number', (line) => {
    expect(sourceNoteFileNumber(line)).toBeNull();
  });

  test('a stamp is a file number alone on its line', () => {
    expect(isFileNumberStamp('611.3231/684')).toBe(true);
    expect(isFileNumberStamp('724.3415/3523½')).toBe(true);
    expect(isFileNumberStamp('611.3231/684: Telegram')).toBe(false);
  });

  test('a note marker glued to the serial is split off when the volume’s numbering calls for it', async () => {
    const { parseDocument } = await import('../../src/core/parse/parse-document.ts');
    const parsed = parseDocument(
      '761.94/123085: Telegram\n\nThe Ambassador in the Soviet Union (Steinhardt) to the Secretary of State\n\nMoscow, October 25, 1940.\n\nHe saw Molotov.86\n\nSteinhardt\n  1. Not printed.\n  2. Soviet Commissar.\n',
      { expectedFirstMarker: 85 },
    );
    expect(parsed.fileNumber).toBe('761.94/1230');
    expect(parsed.footnotes.map((note) => note.n)).toEqual(['85', '86']);
  });
});

import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

const header = '761.94/1230: Telegram\n\nThe Ambassador in the Soviet Union (Steinhardt) to the Secretary of State\n\n';

function notesOf(text: string) {
  const parsed = parseDocument(text);
  return {
    notes: parsed.footnotes.map((note) => [note.n, note.text]),
    markers: parsed.body.flatMap((block) => block.content.flatMap((inline) => (inline.type === 'noteRef' ? [inline.n] : []))),
    warnings: parsed.warnings.map((warning) => warning.message),
  };
}

describe('notes listed at the end of a web edition', () => {
  test('markers glued to words and punctuation keep their printed numbers', () => {
    const text = `${header}1390. The Ambassador in Chungking85 saw Bertram Hinsky [Vyshinsky?].86 Then my 1307, October 8, 5 p.m.,87 came.\n\nSteinhardt\n  1. Sir Archibald J. K. Clark Kerr.\n  2. Andrey Yanuaryevich Vyshinsky.\n  3. Vol. iii, p. 232.\n`;
    expect(notesOf(text)).toEqual({
      notes: [
        ['85', 'Sir Archibald J. K. Clark Kerr.'],
        ['86', 'Andrey Yanuaryevich Vyshinsky.'],
        ['87', 'Vol. iii, p. 232.'],
      ],
      markers: ['85', '86', '87'],
      warnings: [],
    });
  });

  test('per-page numbering restarts at 1 after a page break', () => {
    const text = `${header}Your August 23, 7 p.m.1 and August 26, 12 p.m.2 arrived. The [Page 240] railway.\n\nThis displaces Horvat1 and others.\n\nLansing\n  1. Ante, p. 139.\n  2. Vol. ii, p. 356.\n  3. Russian Governor.\n`;
    expect(notesOf(text).markers).toEqual(['1', '2', '1']);
  });

  test('a marker glued to a number is split off when the numbering calls for it', () => {
    const text = `${header}142. As with the Commission’s report (Consulate’s 89, paragraph 485), and note 61, April 28, 11 a.m., paragraph 386.\n\nGilbert\n  1. Not printed.\n  2. Not printed.\n`;
    expect(notesOf(text).markers).toEqual(['85', '86']);
  });

  test('a clock time is not a marker', () => {
    const text = `${header}[Received May 17, 7.45 a.m.]\n\n1291. Your 1359.2 Foreign Office advises.\n\nFrancis\n  1. Ante, p. 5.\n`;
    expect(notesOf(text).markers).toEqual(['2']);
  });

  test('a note whose marker is lost is kept, numbered from its neighbours, with a warning', () => {
    const text = `${header}First point.17 Second point without its marker. Third point.19\n\nHull\n  1. Not printed.\n  2. Not printed.\n  3. Not printed.\n`;
    const { notes, markers, warnings } = notesOf(text);
    expect(notes.map(([n]) => n)).toEqual(['17', '18', '19']);
    expect(markers).toEqual(['17', '19']);
    expect(warnings).toEqual([expect.stringMatching(/marker of note 2 not found/)]);
  });
});

describe('notes of a clipped page and of a word-processor export', () => {
  test('`- note↩` items take the markers found in the text', () => {
    const text =
      '793.94/11763: Telegram\nThe Chargé in the Soviet Union (Henderson) to the Secretary of State\nI found that Litvinov44 was also evasive.\nHenderson\n- Soviet Commissar for Foreign Affairs.↩\n';
    expect(notesOf(text).notes).toEqual([['44', 'Soviet Commissar for Foreign Affairs.']]);
  });

  test('`[footnoteRef:N]` markers and inline `[N: …]` notes', () => {
    const text =
      ' SECRET\nNo. 456\n25th March, 1946\n\nFROM CHUNGKING TO FOREIGN OFFICE[footnoteRef:1] [1:  At the Cabinet meeting.] \n\nSin Kiang comes low in priorities[footnoteRef:2]. [2:  In the conflict [with] Xinjiang.] \n';
    const parsed = parseDocument(text);
    expect(parsed.footnotes.map((note) => [note.n, note.text])).toEqual([
      ['1', 'At the Cabinet meeting.'],
      ['2', 'In the conflict [with] Xinjiang.'],
    ]);
    expect(parsed.headerNotes).toEqual([{ field: 'title', note: 0 }]);
    expect(parsed.title).toBe('FROM CHUNGKING TO FOREIGN OFFICE');
  });
});

describe('the kinds of note numbering printed volumes use', () => {
  test('symbols among numbered notes keep their symbols', () => {
    const text = `${header}The bonds are held abroad.3 Half of them in London.* The rest at home.† See below.4\n\nHull\n  1. Infra.\n  2. In the original.\n  3. In the original.\n  4. Post, p. 411.\n`;
    expect(notesOf(text).markers).toEqual(['3', '*', '†', '4']);
  });

  test('a note inserted after the volume was numbered (`47a`)', () => {
    const text = `${header}The proposal47 was sent on.47a It was accepted.48\n\nHull\n  1. Ante.\n  2. Not printed.\n  3. Post.\n`;
    expect(notesOf(text).markers).toEqual(['47', '47a', '48']);
  });

  test('a number the volume skipped', () => {
    const text = `${header}First point.12 Second point.14 Third point.15\n\nHull\n  1. Ante.\n  2. Not printed.\n  3. Post.\n`;
    expect(notesOf(text).markers).toEqual(['12', '14', '15']);
  });

  test('numbering that starts again after 99', () => {
    const text = `${header}First point.98 Second point.99 Third point.1 Fourth point.2\n\nHull\n  1. Ante.\n  2. Not printed.\n  3. Post.\n  4. Infra.\n`;
    expect(notesOf(text).markers).toEqual(['98', '99', '1', '2']);
  });

  test('a marker after an ellipsis', () => {
    const text = `${header}He said that the matter was closed …85 and left.86\n\nHull\n  1. Omission in the original.\n  2. Not printed.\n`;
    expect(notesOf(text).markers).toEqual(['85', '86']);
  });

  test('a marker glued to a day, on a new page of per-page numbering', () => {
    const text = `${header}Your instruction of June 191 and my telegram of the 11th2 arrived. The [Page 903] cutting from Lloyd’s of June 191 is enclosed.\n\nSkinner\n  1. Ante, p. 881.\n  2. Ante, p. 878.\n  3. Not printed.\n`;
    expect(notesOf(text)).toMatchObject({ markers: ['1', '2', '1'], warnings: [] });
  });

  test('a thousand notes and more are all found', () => {
    const paragraphs = Array.from({ length: 1200 }, (_, i) => `The Minister made point ${i + 1} of the agreement to me on May ${(i % 28) + 1}, 1934, in a long talk.${i + 1}`);
    const list = Array.from({ length: 1200 }, (_, i) => `  ${i + 1}. Note ${i + 1}.`);
    const parsed = parseDocument(`${header}${paragraphs.join('\n\n')}\n\nHull\n${list.join('\n')}\n`);
    expect(parsed.footnotes).toHaveLength(1200);
    expect(parsed.footnotes.every((note, i) => note.n === String(i + 1))).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('a word-processor export without notes', () => {
  test('tab-indented numbered paragraphs at the end are text, not a list of notes', () => {
    const text = 'No. 13\n4th June, 1934, 4 p.m.\n\nFROM COPENHAGEN TO SECRETARY OF STATE\n\nThe Minister made three points:\n\t1. The pact is open to all.\n\t2. Denmark will study it.\n';
    const parsed = parseDocument(text);
    expect(parsed.footnotes).toEqual([]);
    expect(parsed.body.map((block) => block.label ?? null)).toEqual([null, '1.', '2.']);
  });
});

describe('brackets that only look like word-processor notes', () => {
  test('a clock time in brackets is no inline note when no marker refers to it', () => {
    const parsed = parseDocument(
      '832.51/863: Telegram\nThe Executive Committee to the Ambassador in Brazil (Gibson)\n[New York,] January 24, 1934—[9:17 p.m.]\n6. For Clark: Your cable January 23rd.\n',
    );
    expect(parsed.footnotes).toEqual([]);
    expect([parsed.place, parsed.date, parsed.telegramNumber]).toEqual(['New York', '1934-01-24T21:17', '6']);
  });
});

describe('word-processor notes that are broken', () => {
  const heading = 'No. 456\n25th March, 1946\n\nFROM CHUNGKING TO FOREIGN OFFICE\n\n';
  test('a note whose bracket never closes keeps its text, with a warning at its line', () => {
    const parsed = parseDocument(`${heading}He was watching[footnoteRef:4] [4: A note that never closes.\n\nStevenson\n`);
    expect(parsed.footnotes.map((note) => [note.n, note.text])).toEqual([['4', 'A note that never closes.']]);
    expect(parsed.warnings).toEqual([{ line: 6, message: expect.stringMatching(/note 4 is not closed/) }]);
    expect(parsed.signatures).toEqual(['Stevenson']);
  });

  test('a marker whose note is missing, and a marker that never closes, are reported', () => {
    const parsed = parseDocument(`${heading}He was watching[footnoteRef:4] and listening[footnoteRef:5 closely.\n\nStevenson\n`);
    expect(parsed.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [6, expect.stringMatching(/`\[footnoteRef:…` is not closed/)],
      [6, expect.stringMatching(/note 4 is marked in the text but its text/)],
    ]);
  });
});

// FRUS before the 1910s letters its notes, from a again on each printed page; a web copy lists them renumbered 1…K.
describe('lettered notes of older volumes', () => {
  const old = 'Mr. Hay to Mr. Choate.\n\nDepartment of State, Washington, January 25, 1901.\n\nNo. 530.]\n\n';

  test('letters glued to a word or a stop keep their printed letters, and restart after a page break', () => {
    const text = `${old}Sir: I beg to inclose for [Page 211] your information a copy of a resolutiona adopted on yesterday by the House, as the resolution was cabled at noon.b It reached Lord Lansdowne [Page 212] on the 24th.a\n\nI have, etc.,\n\nJohn Hay.\n\n  1. Printed ante.\n  2. Not printed.\n  3. Ante, p. 198.\n`;
    expect(notesOf(text)).toEqual({
      notes: [
        ['a', 'Printed ante.'],
        ['b', 'Not printed.'],
        ['a', 'Ante, p. 198.'],
      ],
      markers: ['a', 'b', 'a'],
      warnings: [],
    });
  });

  test('words that end in a letter are no markers: idea, America, Costa Rica, a number’s serial is not split', () => {
    const text = `${old}Sir: The idea of America and Costa Rica, at a cost we placed on record, is a resolutiona of the House; the resolution was cabled.\n\nI have, etc.,\n\nJohn Hay.\n\n  1. Printed ante.\n`;
    expect(notesOf(text).notes).toEqual([['a', 'Printed ante.']]);
    expect(
      parseDocument(text)
        .body.map((block) => block.content.map((inline) => (inline.type === 'text' ? inline.value : '')).join(''))
        .join(' '),
    ).toContain('America and Costa Rica, at a cost we placed');
  });
});

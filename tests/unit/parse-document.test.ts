import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inlineText } from '../../src/core/parse/inline.ts';
import { bodyText, parseDocument } from '../../src/core/parse/parse-document.ts';

const seed = (name: string) => readFileSync(new URL(`../../content/documents/${name}.txt`, import.meta.url), 'utf8');

describe('header', () => {
  test('reads a clipped dateline wrapped before the hour and a doubled [Received]', () => {
    const parsed = parseDocument(seed('1937-12-21-henderson-333'));
    expect(parsed).toMatchObject({
      place: 'Moscow',
      date: '1937-12-21T14:00',
      dateText: 'December 21, 1937—2 p.m.',
      received: '3:11 p.m.',
      telegramNumber: '333',
      signatures: ['Henderson'],
    });
  });

  test('reads an OCR memorandum: struck classification, date, place on its own line, participants and subject', () => {
    const parsed = parseDocument(seed('1944-06-10-harriman-stalin'));
    expect(parsed).toMatchObject({
      type: 'memorandum',
      classification: 'SECRET',
      classificationStruck: true,
      date: '1944-06-10',
      place: 'The Kremlin',
      subject: 'Situation in China',
      participants: ['The American Ambassador, Mr. Harriman', 'Marshal Stalin', 'Mr. V. M. Molotov', 'Mr. Page, Second Secretary of the American Embassy', 'Mr. Pavlov, Secretary to Mr. Molotov'],
    });
  });

  test('leaves the date unknown when the transcription lost its dateline', () => {
    const parsed = parseDocument(seed('1940-10-steinhardt-1390'));
    expect([parsed.date, parsed.dateText, parsed.place]).toEqual([null, null, null]);
  });

  test('reads a British telegram: number, British date and the posts', () => {
    const parsed = parseDocument(seed('1946-03-25-chungking-456'));
    expect(parsed).toMatchObject({
      type: 'telegram',
      classification: 'SECRET',
      telegramNumber: '456',
      date: '1946-03-25',
      place: 'Chungking',
      from: { role: 'Chungking' },
      to: { role: 'Foreign Office' },
    });
  });
});

describe('archival furniture', () => {
  test('stamps, checklist and box label are taken out of the text into the provenance box', () => {
    const parsed = parseDocument(seed('1944-06-10-harriman-stalin'));
    const furniture = parsed.provenance.furniture.map((line) => line.text);
    expect(furniture).toContain('Reproduced from the Collections of the Manuscript Division, Library of Congress');
    expect(furniture).toContain('Container 172');
    expect(furniture).toContain('- EO 12958 Supp. 3 all');
    expect(parsed.provenance.archivalSource).toBe('Manuscript Division, Library of Congress, Container 172');
    const text = bodyText(parsed.body);
    expect(text).not.toMatch(/Library of Congress|Container 172|Retain classification|HARRIMAN/);
    expect(text).toMatch(/Nevertheless, they are real patriots and they want to fight the Japanese\.\n\nI inquired whether the Marshal/);
  });

  test('a run of short lines without an archival mark stays in the text', () => {
    const parsed = parseDocument(
      '123.45/6\n\nThe Minister in China (Johnson) to the Secretary of State\n\nA long first paragraph of the despatch that goes on.\n\nWang\nChiang\nKung\n\nThe end of the text.\n\nJohnson\n',
    );
    expect(parsed.provenance.furniture).toEqual([]);
  });
});

describe('body', () => {
  test('clipped `- 1.` / `- text` pairs become labelled paragraphs', () => {
    const parsed = parseDocument(seed('1937-12-21-henderson-333'));
    expect(parsed.body.slice(0, 3).map((block) => [block.label ?? null, inlineText(block.content).slice(0, 30)])).toEqual([
      [null, '333. The following is a brief '],
      ['1.', 'I am secretly leaving for Chin'],
      ['2.', 'I came to Moscow as Ambassador'],
    ]);
  });

  test('lettered sub-paragraphs sit under their numbered paragraph', () => {
    const parsed = parseDocument(seed('1938-01-henderson-35'));
    expect(parsed.body.slice(1, 4).map((block) => [block.label, block.depth])).toEqual([
      ['1.', 0],
      ['(a)', 1],
      ['(b)', 1],
    ]);
  });

  test('page breaks and editorial brackets are inlines, not words of the text', () => {
    const parsed = parseDocument(seed('1940-10-steinhardt-1390'));
    expect(parsed.pageBreaks).toEqual(['668', '669']);
    expect(parsed.emendations.map((emendation) => [emendation.text, emendation.query])).toEqual([
      ['find?', true],
      ['Vyshinsky?', true],
    ]);
    expect(bodyText(parsed.body)).not.toContain('[Page');
  });

  test('signatures after a complimentary close inside the text (a signed enclosure) are found', () => {
    const parsed = parseDocument(
      '861.00/1\n\nThe Russian Ambassador (Bakhmeteff) to the Secretary of State\n\nSir: I have the honor to enclose a note.\n\nI avail [etc.]\n\nB. Bakhmeteff\n\nThe Ministry at Omsk to the Russian Embassy\n\nKindly inform the Government.\n',
    );
    expect(parsed.signatures).toEqual(['B. Bakhmeteff']);
    expect(bodyText(parsed.body)).not.toContain('Bakhmeteff');
  });
});

describe('bad input', () => {
  test.each([
    ['an empty file', ''],
    ['only blank lines', '\n\n\n'],
    ['binary noise', '\u0000\u0001\uFFFD\uFFFD garbage'],
    ['a bare paragraph', 'Just one paragraph of text with no header at all.'],
  ])('%s still parses, with warnings', (_name, text) => {
    const parsed = parseDocument(text);
    expect(parsed.warnings.length).toBeGreaterThan(0);
    expect(parsed.warnings.every((warning) => Number.isInteger(warning.line))).toBe(true);
  });

  test('text that looks like HTML stays text', () => {
    const parsed = parseDocument('123.45/6\n\nThe Ambassador (X) to the Secretary of State\n\n<script>alert(1)</script> and <b>bold</b>\n');
    expect(inlineText(parsed.body[0].content)).toBe('<script>alert(1)</script> and <b>bold</b>');
  });

  test('the parser’s own marker characters in the input are removed, with a warning', () => {
    const parsed = parseDocument('123.45/6\n\nThe Ambassador (X) to the Secretary of State\n\nText \uE0005\uE001 here.\n');
    expect(parsed.warnings.map((warning) => warning.message)).toContain('removed private-use characters U+E000/U+E001 from the input');
    expect(parsed.footnotes).toEqual([]);
  });
});

describe('a memorandum of conversation typed on an archival copy', () => {
  const typescript = [
    '',
    'Memorandum of Conversation, by the Secretary of State',
    '',
    'June 10, 1944',
    'Washington',
    '',
    'Present: The Secretary of State',
    'The British Ambassador, Lord Halifax',
    'Mr. Hackworth',
    '',
    'The Ambassador called this morning and said that his Government had',
    'been giving careful thought to the question of the Argentine recog-',
    'nition, and that it would welcome an early exchange of views.',
    '',
    'Reproduced at the National Archives',
    '',
    '- 2 -',
    '',
    'I replied that we were studying the matter.',
    '',
    'C[ordell] H[ull]',
    '',
  ].join('\n');

  test('a Present: list followed by the text, with no Subject:, keeps the text in the body', () => {
    const parsed = parseDocument(typescript);
    expect(parsed.participants).toEqual(['The Secretary of State', 'The British Ambassador, Lord Halifax', 'Mr. Hackworth']);
    expect(parsed.body.filter((block) => !block.role).map((block) => inlineText(block.content))).toEqual([
      'The Ambassador called this morning and said that his Government had been giving careful thought to the question of the Argentine recognition, and that it would welcome an early exchange of views.',
      'I replied that we were studying the matter.',
    ]);
    expect(parsed.provenance.furniture.map((line) => line.text)).toEqual(['Reproduced at the National Archives', '- 2 -']);
    expect([parsed.place, parsed.date, parsed.signatures]).toEqual(['Washington', '1944-06-10', ['C[ordell] H[ull]']]);
  });
});

describe('an older despatch typed on an archival copy', () => {
  test('a despatch number before the dateline on its line', () => {
    const parsed = parseDocument('Mr. Conger to Mr. Hay.\n\nNo. 617.] Legation of the United States, Peking, May 3, 1901. (Received June 10.)\n\nSir: The Ministers met yesterday.\n\nE. H. CONGER.\n');
    expect([parsed.number, parsed.place, parsed.date, parsed.received]).toEqual(['617', 'Legation of the United States, Peking', '1901-05-03', 'June 10']);
  });

  test('the place under the date may be an office and its city', () => {
    const parsed = parseDocument(
      'Mr. Conger to Mr. Hay.\n\nMay 3, 1901\nLegation of the United States, Peking\n(Received June 10.)\n\nNo. 617.]\n\nSir: I have the honor to report that the Ministers met\nyesterday at the British Legation.\n\nE. H. CONGER.\n',
    );
    expect([parsed.title, parsed.from, parsed.to]).toEqual(['Mr. Conger to Mr. Hay.', { name: 'Conger', role: 'Mr. Conger' }, { name: 'Hay', role: 'Mr. Hay' }]);
    expect([parsed.place, parsed.date, parsed.received, parsed.number, parsed.signatures]).toEqual(['Legation of the United States, Peking', '1901-05-03', 'June 10', '617', ['E. H. CONGER.']]);
  });
});

describe('a typescript classified above its heading', () => {
  test('the heading that wraps is read whole under the classification', () => {
    const parsed = parseDocument(
      '\nSTRICTLY CONFIDENTIAL\n\nThe Ambassador in Great Britain (Page) to the Secretary of\nState\n\nApril 21, 1917, 6 p.m.\nLondon\n[Received April 22, 3.05 p.m.]\n\n6059. British Government understands that United States telegraph\ncensorship includes control of censorship established at Panama.\n\nReproduced at the National Archives\n\nPage\n',
    );
    expect([parsed.classification, parsed.title, parsed.place, parsed.telegramNumber]).toEqual([
      'STRICTLY CONFIDENTIAL',
      'The Ambassador in Great Britain (Page) to the Secretary of State',
      'London',
      '6059',
    ]);
  });
});

describe('minutes of a conference', () => {
  test('a heading that ends with the hour of the meeting is the title', () => {
    const parsed = parseDocument(
      'Paris Peace Conf. 180.03101/1\n\nNotes of a Conversation Held in M. Pichon’s Room at the Quai d’Orsay, Paris, on Sunday, January 12, 1919, at 2:30 p.m.\n\nPresent: President Wilson, Mr. Lansing\n\nM. Pichon opened the meeting and said that the Conference should first settle its procedure.\n',
    );
    expect([parsed.fileNumber, parsed.title, parsed.participants]).toEqual([
      'Paris Peace Conf. 180.03101/1',
      'Notes of a Conversation Held in M. Pichon’s Room at the Quai d’Orsay, Paris, on Sunday, January 12, 1919, at 2:30 p.m.',
      ['President Wilson, Mr. Lansing'],
    ]);
  });
});

describe('a page break before a paragraph number', () => {
  test('`[Page 75] 1.` on its own line: the page breaks there and 1. labels the next paragraph', () => {
    const parsed = parseDocument(
      '711.00/1: Telegram\n\nThe Consul at Geneva (Gilbert) to the Secretary of State\n\nGeneva, May 19, 1934—11 p.m.\n\n84. Avenol called.\n[Page 75] 1.\nHe reexpressed the change in the position of the League.\n2. He discussed the policy.\n\nGilbert\n',
    );
    expect(parsed.body.map((block) => [block.label ?? null, block.content.map((inline) => inline.type).join(',')])).toEqual([
      [null, 'text'],
      [null, 'pageBreak'],
      ['1.', 'text'],
      ['2.', 'text'],
      [null, 'text'],
    ]);
    expect(parsed.pageBreaks).toEqual(['75']);
  });
});
